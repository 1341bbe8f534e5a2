package dev.followthrough.verification.offline;

import dev.followthrough.core.CallContext;
import dev.followthrough.core.Evidence;
import dev.followthrough.core.Participant;
import dev.followthrough.core.Transcript;
import dev.followthrough.core.Utterance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Everything the checks need to know about one call, computed once per check run. */
final class CallEvidence {

    /** The clause of an utterance that best matches a claim. */
    record Aligned(Utterance utterance, String clause, double cosine, double coverage) {
    }

    enum Side { REP, CUSTOMER }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern CLAUSE = Pattern.compile("(?<=[.!?])\\s+|;\\s*|,\\s+(?=(?:and|but|so|though|although)\\b)"
            + "|\\s+(?=but\\b)|,\\s+(?=(?:i|we|you|they|he|she)\\b)", Pattern.CASE_INSENSITIVE);

    private final Transcript transcript;
    private final CallContext context;
    private final CallIndex index;
    private final Set<String> words = new HashSet<>();
    private final Set<String> knownNames = new HashSet<>();
    private final Set<String> personNames = new HashSet<>();
    private final String fullTextLower;
    private final Map<String, List<CallIndex.Hit>> searches = new HashMap<>();
    private final Map<String, Object> memo = new HashMap<>();

    CallEvidence(Transcript transcript, CallContext context, Vectoriser vectoriser) {
        this.transcript = transcript;
        this.context = context;
        this.index = new CallIndex(transcript.utterances(), vectoriser);
        StringBuilder all = new StringBuilder();
        for (Utterance u : transcript.utterances()) {
            all.append(u.text()).append('\n');
            addWords(words, u.text());
            if (u.speaker() != null) {
                addWords(personNames, u.speaker());
            }
        }
        this.fullTextLower = all.toString().toLowerCase(Locale.ROOT);
        if (context != null) {
            addWords(personNames, context.repName());
            context.repAliases().forEach(a -> addWords(personNames, a));
            for (Participant p : context.participants()) {
                addWords(personNames, p.name());
            }
            addWords(knownNames, context.repEmail());
            addWords(knownNames, context.customer());
            addWords(knownNames, context.title());
            for (Participant p : context.participants()) {
                addWords(knownNames, p.email());
            }
        }
        knownNames.addAll(words);
        knownNames.addAll(personNames);
    }

    private static void addWords(Set<String> into, String text) {
        if (text == null) {
            return;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            into.add(m.group().toLowerCase(Locale.ROOT));
        }
    }

    /** Per-call facts a check derives once (its commitments, its meetings) and reuses for every claim. */
    @SuppressWarnings("unchecked")
    <T> T memo(String key, java.util.function.Supplier<T> compute) {
        Object v = memo.get(key);
        if (v == null) {
            v = compute.get();
            memo.put(key, v);
        }
        return (T) v;
    }

    /** Content stems of an utterance, computed once per call. */
    Set<String> stems(Utterance u) {
        Map<Utterance, Set<String>> byUtterance = memo("utteranceStems", HashMap::new);
        return byUtterance.computeIfAbsent(u, x -> Terms.content(x.text()));
    }

    Utterance previous(Utterance u) {
        List<Utterance> all = transcript.utterances();
        int i = all.indexOf(u);
        return i > 0 ? all.get(i - 1) : null;
    }

    Transcript transcript() {
        return transcript;
    }

    CallContext context() {
        return context;
    }

    CallIndex index() {
        return index;
    }

    /** Lower-case words said on the call. */
    Set<String> words() {
        return words;
    }

    /** Lower-case words of the call, its speakers, and the names and companies in the context. */
    Set<String> knownNames() {
        return knownNames;
    }

    /** Lower-case name parts of the people on the call (speakers, rep, attendees). */
    Set<String> personNames() {
        return personNames;
    }

    /** Content stems of a claim minus people's names and reporting verbs, which the evidence clause need not repeat. */
    Set<String> claimTerms(String claim) {
        Set<String> terms = new java.util.LinkedHashSet<>(Terms.content(claim));
        terms.removeAll(REPORTING);
        for (String name : personNames) {
            terms.removeAll(Terms.content(name));
        }
        return terms;
    }

    private static final Set<String> REPORTING = Set.of("said", "sai", "say", "mention", "told", "tell", "note",
            "explain", "share", "ask", "indic", "point", "flag", "confirm", "discuss", "call", "todai", "alreadi",
            "both", "still", "yet", "now", "again");

    String fullTextLower() {
        return fullTextLower;
    }

    List<CallIndex.Hit> search(String query, int k) {
        List<CallIndex.Hit> hits = searches.computeIfAbsent(query, q -> index.search(q, 8));
        return hits.subList(0, Math.min(k, hits.size()));
    }

    /** Which side of the deal a speaker label is on: the rep's company or the customer's. */
    Side sideOf(String speaker) {
        if (speaker == null || context == null) {
            return Side.CUSTOMER;
        }
        if (context.isRep(speaker)) {
            return Side.REP;
        }
        String s = speaker.strip().toLowerCase(Locale.ROOT);
        String repDomain = domain(context.repEmail());
        for (Participant p : context.participants()) {
            // a colleague of the rep (a solutions engineer) often arrives as a plain attendee: the email domain tells
            boolean seller = p.role() == Participant.Role.REP || repDomain != null && repDomain.equals(domain(p.email()));
            if (p.name() != null && seller && sameName(s, p.name().toLowerCase(Locale.ROOT))) {
                return Side.REP;
            }
        }
        return Side.CUSTOMER;
    }

    private static String domain(String email) {
        int at = email == null ? -1 : email.lastIndexOf('@');
        return at < 0 ? null : email.substring(at + 1).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean sameName(String a, String b) {
        return a.equals(b) || a.startsWith(b + " ") || b.startsWith(a + " ");
    }

    /**
     * Embeds, in one batch, the texts the checks will search the call for. The in-process model spreads a batch
     * over the cores; one text at a time uses one, and a check used to make a single call per claim and probe.
     * Clauses are embedded later, per claim, and only for the claims a check aligns (most are vouched for first).
     */
    void prepare(List<String> queries, List<String> aligned) {
        List<String> all = new ArrayList<>(queries);
        all.addAll(aligned);
        index.prefetch(all);
    }

    /** How many retrieved utterances a claim is aligned against, clause by clause. */
    static final int ALIGN_DEPTH = 3;

    /** The clause among the hits' utterances that best matches the claim, by meaning and by shared words. */
    Aligned align(String claim, List<CallIndex.Hit> hits) {
        Set<String> claimTerms = claimTerms(claim);
        List<String> clauses = new ArrayList<>();
        List<Utterance> owners = new ArrayList<>();
        // Clauses of the top hits only: each is a text to embed, and lower hits rarely hold the best clause.
        for (CallIndex.Hit h : hits.subList(0, Math.min(ALIGN_DEPTH, hits.size()))) {
            List<String> parts = clauses(h.utterance().text());
            for (String c : parts) {
                clauses.add(c);
                owners.add(h.utterance());
            }
            if (parts.size() > 1) {
                clauses.add(h.utterance().text()); // a fact can span clauses: "Our standard is net 30. I can't do 45."
                owners.add(h.utterance());
            }
        }
        index.prefetch(clauses);
        Aligned best = null;
        double bestScore = -1;
        for (int i = 0; i < clauses.size(); i++) {
            String c = clauses.get(i);
            double cos = index.similarity(claim, c);
            double cov = Terms.coverage(claimTerms, Terms.content(c));
            double score = cos + 0.5 * cov;
            if (score > bestScore) {
                bestScore = score;
                best = new Aligned(owners.get(i), c, cos, cov);
            }
        }
        return best;
    }

    /** The clauses of an utterance, speech without punctuation cut at its spoken boundaries (SpokenClauses). */
    static List<String> clauses(String text) {
        return clauses(text, true);
    }

    /**
     * The clauses of an utterance as its punctuation gives them. For promises: "i'll send you the list of devices
     * we've retired and the ticket numbers" is one promise, which a cut at "we've" or "and" would take apart.
     */
    static List<String> marked(String text) {
        return clauses(text, false);
    }

    private static List<String> clauses(String text, boolean spoken) {
        List<String> out = new ArrayList<>();
        for (String c : CLAUSE.split(text)) {
            for (String piece : spoken ? dev.followthrough.text.SpokenClauses.split(c.strip()) : List.of(c)) {
                String t = piece.strip();
                if (t.chars().anyMatch(Character::isLetter)) {
                    out.add(t);
                }
            }
        }
        if (out.isEmpty()) {
            out.add(text);
        }
        return out;
    }

    Utterance next(Utterance u) {
        List<Utterance> all = transcript.utterances();
        int i = all.indexOf(u);
        return i >= 0 && i + 1 < all.size() ? all.get(i + 1) : null;
    }

    static Evidence cite(Utterance u) {
        return Evidence.of(u, quote(u.text()));
    }

    static Evidence cite(Utterance u, String quote) {
        return Evidence.of(u, quote(quote));
    }

    static List<Evidence> cite(List<CallIndex.Hit> hits, int k) {
        List<Evidence> out = new ArrayList<>();
        for (int i = 0; i < Math.min(k, hits.size()); i++) {
            out.add(cite(hits.get(i).utterance()));
        }
        return out;
    }

    private static String quote(String text) {
        String t = text.strip();
        return t.length() <= 240 ? t : t.substring(0, 237) + "...";
    }

    /**
     * How well a text backs a claim: its cosine, or, when the words overlap, the mean of cosine and the share of the
     * claim's terms it contains. A paraphrase scores on meaning, a terse restatement on its words.
     */
    double match(String claim, Set<String> claimTerms, String text, Set<String> textStems) {
        double cos = index.similarity(claim, text);
        return Math.max(cos, 0.5 * cos + 0.5 * Terms.coverage(claimTerms, textStems));
    }

    /** A quoted clause in a reason, cut to a readable length. */
    static String shorten(String s) {
        String t = s.strip();
        return t.length() <= 160 ? t : t.substring(0, 157) + "...";
    }

    /** Stems of the capitalised words of a text: the names, products and places it mentions (and its first word). */
    static Set<String> capitalisedStems(String text) {
        Set<String> out = new java.util.HashSet<>();
        java.util.regex.Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            out.addAll(Terms.content(m.group()));
        }
        return out;
    }

    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}'’-]+");

    /** "Jordan Lee (00:12:03)" for reasons. */
    static String who(Utterance u) {
        String name = u.speaker() == null ? "someone" : u.speaker();
        String at = u.startLabel();
        return at.isEmpty() ? name : name + " (" + at + ")";
    }
}
