package dev.followthrough.verification.offline;

import dev.followthrough.core.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People, companies and products named in a claim must occur somewhere in the call or its context. Similarity
 * misses this: "Maria will send the contract" is close in meaning to "Jordan will send the contract".
 */
final class NameCheck implements ClaimCheck {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}&'’.-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");

    /** Words that are capitalised for reasons other than being a name. */
    private static final Set<String> COMMON = Set.of(
            // holidays name days, not people or products: "the week before Valentine's", "New Year's Day"
            "christmas", "easter", "valentine", "valentines", "thanksgiving", "halloween", "new", "year", "day", "eve",
            "hanukkah", "diwali", "ramadan", "eid", "boxing", "labor", "labour", "memorial", "independence",
            "i", "i'm", "i'll", "i've", "i'd", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "mr",
            "mrs", "ms", "dr", "hi", "hello", "hey", "dear", "thanks", "thank", "best", "regards", "cheers", "re",
            "fwd", "fw", "ps", "p.s", "subject", "attached", "please", "also", "great", "happy", "glad", "looking",
            "just", "here", "below", "following", "next", "as", "per", "once", "if", "when", "after", "before",
            "regarding", "on", "in", "for", "to", "with", "our", "your", "my", "we", "you", "they", "it", "this",
            "that", "these", "those", "there", "let", "let's", "hope", "quick", "summary", "recap", "action",
            "note", "finally", "lastly", "first", "second", "third", "additionally", "meanwhile", "overall",
            "otherwise", "however", "so", "and", "but", "or", "yes", "no", "sure", "okay", "ok", "good", "nice",
            "sounds", "feel", "both", "all", "any", "each", "some", "most", "one", "two", "three", "a", "an",
            "the", "today", "tomorrow", "tonight", "yesterday", "zoom", "teams", "webex", "google", "meet",
            "outlook", "calendar", "english", "internet", "email", "e-mail", "agenda", "team", "items", "item",
            "steps", "step", "key", "takeaways", "highlights", "owner", "due", "date", "notes", "update", "re:",
            "at", "by", "from", "of", "is", "are", "was", "will", "would", "can", "could", "should", "what", "who",
            "why", "how", "where", "which", "again", "appreciate", "excited", "morning", "afternoon",
            "evening", "week", "weekend", "eod", "eow", "asap", "fyi", "tbd", "am", "pm", "a.m", "p.m", "q1",
            "q2", "q3", "q4", "h1", "h2", "fy", "ytd", "roi", "faq", "pdf", "crm", "hr", "vp", "ceo", "cfo",
            "cto", "coo", "cio", "ciso", "svp", "evp", "usd", "eur", "gbp", "us", "uk", "eu", "usa", "ai",
            "qbr", "poc", "pov", "nda", "msa", "sow", "rfp", "rfi", "sla", "kpi", "okr", "api", "ui", "ux", "saas",
            "b2b", "since", "although", "though", "while", "unless", "until", "given", "because", "whereas", "despite", "tbc", "eta", "cob", "eom", "nb", "rsvp", "n/a", "time", "standard", "daylight", "pst", "est", "cst", "mst", "gmt", "utc", "et", "pt", "ct", "pto", "ooo", "p.s.", "i.e", "e.g",
            // roles and departments: "Customer confirmed 600 waybills", "Finance signs off", in a CRM-style note
            "customer", "customers", "client", "clients", "prospect", "rep", "reps", "vendor", "buyer", "seller",
            "supplier", "finance", "procurement", "legal", "sales", "marketing", "engineering", "operations", "ops",
            "management", "leadership", "board", "security",
            // sentence connectives, capitalised only because a sentence starts with them: "Instead Sanjay connects"
            "instead", "then", "now", "still", "plus", "besides", "later", "thus", "hence", "therefore", "anyway",
            "regardless", "nonetheless", "nevertheless", "furthermore", "moreover", "separately", "similarly",
            "likewise", "afterwards", "yet", "well", "right",
            // time zones said as words, and "St" for Saint
            "eastern", "pacific", "central", "mountain", "st", "saint",
            // business acronyms that name no one: "a sample catalogue with your SKUs"
            "sku", "po", "mvp", "csv", "url", "sso", "gdpr", "hipaa", "soc", "iso", "qa", "erp", "tco", "arr", "mrr",
            "nps", "csm", "sdr", "bdr", "kyc", "ssl", "vpn", "sms", "id", "qr", "hq", "dpa", "rma", "sop", "capex",
            "opex", "ebitda", "vat", "p&l");

    /** What follows a person's name at the start of a sentence ("Megan from IT will...", "Maria said..."). */
    private static final Set<String> CURRENCIES = Set.of("usd", "eur", "gbp", "cad", "aud", "nzd", "jpy", "chf",
            "sek", "nok", "dkk", "inr", "cny", "mxn", "brl", "sgd", "hkd", "zar", "pln", "kes", "ngn", "ghs", "egp", "aed",
            "sar", "krw", "twd", "thb", "idr", "myr", "php", "vnd", "try", "czk", "huf", "ron", "ils", "clp", "cop",
            "ars", "pen", "uah");
    private static final Set<String> PERSON_VERBS = Set.of(
            "said", "says", "mentioned", "asked", "confirmed", "agreed", "noted", "suggested", "raised", "wants",
            "wanted", "needs", "will", "would", "offered", "promised", "explained", "flagged", "expects", "prefers",
            "from", "told", "thinks", "'ll", "’ll", "sends", "drafts", "handles", "owns", "leads", "joins",
            // verbs that want a person as subject: "Joseph estimates...", "Maria recommended..."
            "estimates", "estimated", "believes", "believed", "reckons", "reckoned", "reported", "reports", "stressed",
            "stresses", "emphasized", "emphasised", "highlighted", "pointed", "described", "recommended", "recommends",
            "proposed", "proposes", "requested", "requests", "insisted", "insists", "guessed", "guesses", "hopes",
            "hoped", "decided", "approved", "approves", "signed", "manages", "managed", "admitted", "complained",
            "warned", "worries", "worried", "feels", "felt", "knows", "expected", "prefer", "preferred", "shared",
            "added", "replied", "answered", "clarified", "volunteered", "offers", "promises", "explains", "notes",
            "mentions", "asks", "confirms", "agrees", "suggests", "raises", "flags", "tells");
    private static final Set<String> PERSON_CUES = Set.of("with", "cc", "cc'd", "ask", "asked", "introduce",
            "loop", "looping", "thanks", "per", "and", "from", "tell", "told", "invite", "inviting", "include");
    private static final Pattern ORG_SUFFIX = Pattern.compile(
            "(?i).*\\b(inc|corp|corporation|llc|ltd|gmbh|group|labs|systems|technologies|software|partners|bank|"
                    + "health|logistics|solutions|capital|ventures|holdings)\\.?$");

    @Override
    public List<Outcome> apply(Claim claim, CallEvidence call) {
        List<Tok> toks = tokens(claim.text());
        List<Outcome> out = new ArrayList<>();
        List<String> knownSeen = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (!isCapitalised(t.text) || hasDigit(t.text) || common(bare(t.text))) {
                continue;
            }
            int j = i;
            while (j + 1 < toks.size() && isCapitalised(toks.get(j + 1).text) && !hasDigit(toks.get(j + 1).text)
                    && !toks.get(j).endsPhrase && !common(bare(toks.get(j + 1).text))) {
                j++;
            }
            List<String> unknown = new ArrayList<>();
            StringBuilder span = new StringBuilder();
            for (int k = i; k <= j; k++) {
                Tok tk = toks.get(k);
                span.append(k > i ? " " : "").append(bare(tk.text));
                boolean initial = k == 0 || toks.get(k - 1).endsPhrase;
                Tok next = k + 1 < toks.size() ? toks.get(k + 1) : null;
                // "Hosting: Dublin (EU)", "Channel manager: Cloudbeds, supported": the value of a label is a name
                boolean labelValue = k > 0 && toks.get(k - 1).colon && k == i
                        && (next == null || tk.endsPhrase || !Character.isLowerCase(next.text.charAt(0)));
                if (isNameCandidate(tk, initial && !labelValue, next, j > i, call)
                        || labelValue && isLabelValueName(tk, call)) {
                    if (isKnown(bare(tk.text), call)) {
                        knownSeen.add(bare(tk.text));
                    } else {
                        unknown.add(bare(tk.text));
                    }
                }
            }
            if (!unknown.isEmpty() && call.knownNames().contains(span.toString().toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N}]", ""))) {
                unknown.clear(); // "Spindle IQ" for the rep's own company at spindleiq.example
            }
            if (!unknown.isEmpty()) {
                String before = i > 0 ? toks.get(i - 1).text.toLowerCase(Locale.ROOT) : "";
                String after = j + 1 < toks.size() ? toks.get(j + 1).text.toLowerCase(Locale.ROOT) : "";
                out.add(Outcome.unsupported("name", Severity.HIGH, reason(span.toString(), unknown, before, after),
                        List.of()));
            }
            i = j;
        }
        if (out.isEmpty() && !knownSeen.isEmpty()) {
            out.add(Outcome.supported("name", "Everyone and everything named (" + String.join(", ", knownSeen)
                    + ") comes up in the call or its attendee list.", List.of()));
        }
        return out;
    }

    /** A word capitalised for another reason than naming someone; "PDFs" and "SKUs" are the plurals of common ones. */
    private static boolean common(String bare) {
        String lower = bare.toLowerCase(Locale.ROOT);
        return COMMON.contains(lower) || PLURAL_ACRONYM.matcher(bare).matches()
                && COMMON.contains(lower.substring(0, lower.length() - 1));
    }

    private static final Pattern PLURAL_ACRONYM = Pattern.compile("\\p{Lu}{2,}s");

    private static String reason(String span, List<String> unknown, String before, String after) {
        boolean allCaps = unknown.stream().allMatch(u -> u.equals(u.toUpperCase(Locale.ROOT)));
        if (!allCaps && !ORG_SUFFIX.matcher(span).matches()
                && (PERSON_VERBS.contains(after) || PERSON_CUES.contains(before))) {
            return "No one named " + span + " is in this call.";
        }
        return "The call never mentions \u201C" + span + "\u201D.";
    }

    private static boolean isLabelValueName(Tok t, CallEvidence call) {
        String lower = bare(t.text).toLowerCase(Locale.ROOT);
        if (bare(t.text).equals(bare(t.text).toUpperCase(Locale.ROOT))) {
            return false; // an acronym is checked as one, wherever it stands
        }
        return !COMMON.contains(lower) && lower.length() >= 3 && !Terms.content(lower).isEmpty()
                && !call.words().contains(lower) && !lower.matches(".*(ing|tion|tions|ment|ments|ness|ity|ies|ed|ly|al|ive)$");
    }

    private static boolean isNameCandidate(Tok t, boolean initial, Tok next, boolean inSpan, CallEvidence call) {
        String bare = bare(t.text);
        String lower = bare.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || bare.length() < 2) {
            return false;
        }
        boolean acronym = bare.length() >= 2 && bare.equals(bare.toUpperCase(Locale.ROOT));
        if (acronym) {
            String singular = lower.endsWith("s") && lower.length() > 2 ? lower.substring(0, lower.length() - 1) : lower;
            return !expands(lower, call) && !expands(singular, call) && !call.words().contains(lower + "s")
                    && !CURRENCIES.contains(singular)
                    && !CURRENCIES.contains(lower);
        }
        if (!initial) {
            return true;
        }
        // Sentence-initial capitals are mostly ordinary words; treat one as a name only when it behaves like one.
        if (Terms.content(lower).isEmpty() || call.words().contains(lower)
                || lower.matches(".*(ing|tion|tions|ment|ments|ness|ity|ies|ed|ly)$")) {
            return false;
        }
        boolean possessive = t.text.endsWith("'s") || t.text.endsWith("’s");
        String nextLower = next == null ? "" : next.text.toLowerCase(Locale.ROOT);
        return inSpan || possessive || PERSON_VERBS.contains(nextLower);
    }

    /** An acronym counts as said when its letters are the initials of consecutive words on the call. */
    private static boolean expands(String acronym, CallEvidence call) {
        if (call.words().contains(acronym)) {
            return true;
        }
        String[] words = call.fullTextLower().split("[^\\p{L}\\p{N}]+");
        int n = acronym.length();
        for (int i = 0; i + n <= words.length; i++) {
            boolean all = true;
            for (int k = 0; k < n && all; k++) {
                all = !words[i + k].isEmpty() && words[i + k].charAt(0) == acronym.charAt(k);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    static boolean isKnown(String name, CallEvidence call) {
        String n = name.toLowerCase(Locale.ROOT);
        Set<String> known = call.knownNames();
        if (known.contains(n)) {
            return true;
        }
        for (String part : n.split("[-.&'’]")) {
            if (!part.isEmpty() && !known.contains(part) && !COMMON.contains(part)) {
                return nickname(n, known) || spelledOut(name, call) || heardAsWords(n, call);
            }
        }
        return true;
    }

    /**
     * A recogniser that does not know a brand writes it as the words it sounds like: "crate wise" for Cratewise,
     * "ledger line" for Ledgerline. A name counts as said when two or three consecutive words of the call spell it,
     * or miss it by one letter in a long name.
     */
    private static boolean heardAsWords(String lowerName, CallEvidence call) {
        String n = lowerName.replaceAll("[^\\p{L}\\p{N}]", "");
        if (n.length() < 5) {
            return false;
        }
        Set<String> joined = call.memo("joined-words", () -> {
            Set<String> out = new java.util.HashSet<>();
            for (dev.followthrough.core.Utterance u : call.transcript().utterances()) {
                String[] w = u.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
                // pieces of two letters or more: "in grid" may spell Ingrid, "a ron" should not spell Aaron
                for (int i = 0; i + 1 < w.length; i++) {
                    if (w[i].length() > 1 && w[i + 1].length() > 1) {
                        out.add(w[i] + w[i + 1]);
                        if (i + 2 < w.length && w[i + 2].length() > 1) {
                            out.add(w[i] + w[i + 1] + w[i + 2]);
                        }
                    }
                }
            }
            return out;
        });
        if (joined.contains(n)) {
            return true;
        }
        if (n.length() < 7) {
            return false;
        }
        for (String j : joined) {
            if (Math.abs(j.length() - n.length()) <= 1 && j.charAt(0) == n.charAt(0) && editDistanceAtMostOne(n, j)) {
                return true;
            }
        }
        return false;
    }

    /** "RCA" for "root cause analysis", "SOW" for "statement of work": an acronym of words said on the call. */
    private static boolean spelledOut(String name, CallEvidence call) {
        if (name.length() < 3 || name.length() > 5 || !name.equals(name.toUpperCase(Locale.ROOT))
                || !name.chars().allMatch(Character::isLetter)) {
            return false;
        }
        String initials = name.toLowerCase(Locale.ROOT);
        return call.memo("acronym:" + initials, () -> {
            for (dev.followthrough.core.Utterance u : call.transcript().utterances()) {
                List<String> words = new ArrayList<>();
                for (String w : u.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                    if (!w.isEmpty() && !Set.of("of", "and", "the", "for", "to", "a", "an", "&").contains(w)) {
                        words.add(w);
                    }
                }
                for (int i = 0; i + initials.length() <= words.size(); i++) {
                    boolean all = true;
                    for (int k = 0; k < initials.length() && all; k++) {
                        all = words.get(i + k).charAt(0) == initials.charAt(k);
                    }
                    if (all) {
                        return Boolean.TRUE;
                    }
                }
            }
            return Boolean.FALSE;
        });
    }

    /** "Alex" for "Alexandra", "Jon" for "Jonathan", and one-letter slips of a transcriber in long names. */
    private static boolean nickname(String n, Set<String> known) {
        for (String k : known) {
            if (n.length() >= 3 && k.length() > n.length() && k.startsWith(n) && Character.isLetter(k.charAt(0))) {
                return true;
            }
            if (n.length() >= 6 && Math.abs(k.length() - n.length()) <= 1 && editDistanceAtMostOne(n, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean editDistanceAtMostOne(String a, String b) {
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (a.length() > b.length()) {
                i++;
            } else if (b.length() > a.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }

    private record Tok(String text, boolean endsPhrase, boolean colon) {
    }

    private static List<Tok> tokens(String text) {
        List<Tok> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            int end = m.end();
            String rest = text.substring(end, Math.min(text.length(), end + 2));
            boolean ends = !rest.isEmpty() && (rest.charAt(0) == '.' || rest.charAt(0) == '!' || rest.charAt(0) == '?'
                    || rest.charAt(0) == ':' || rest.charAt(0) == '"' || rest.charAt(0) == '“' || rest.charAt(0) == '('
                    || rest.charAt(0) == ',' || rest.charAt(0) == ';' || rest.charAt(0) == '—');
            String tok = m.group();
            if (tok.endsWith(".")) {
                tok = tok.substring(0, tok.length() - 1);
                ends = true;
            }
            out.add(new Tok(tok, ends, !rest.isEmpty() && rest.charAt(0) == ':'));
        }
        return out;
    }

    private static String bare(String t) {
        return t.replaceAll("['’]s$", "").replaceAll("['’]$", "");
    }

    private static boolean isCapitalised(String t) {
        return !t.isEmpty() && Character.isUpperCase(t.charAt(0));
    }

    private static boolean hasDigit(String t) {
        return t.chars().anyMatch(Character::isDigit);
    }
}
