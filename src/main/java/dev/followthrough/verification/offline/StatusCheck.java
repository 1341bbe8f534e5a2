package dev.followthrough.verification.offline;

import dev.followthrough.core.Severity;
import dev.followthrough.core.Utterance;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Two polarity slips that carry no negation word, so the negation check cannot see them: what the call put on a
 * roadmap the draft calls available ("a connector is planned for Q2" / "it's already connected"), and what the
 * customer said they would think about the draft calls decided ("we'll think about two years" / "glad you're
 * going ahead with the two-year term"). A clause of the claim that states the thing as done or decided is held
 * against the call's clauses on the same topic; it is contradicted when the call only plans or only considers it,
 * and nothing later on the call settles it.
 */
final class StatusCheck implements ClaimCheck {

    /** The claim says this exists or works now. */
    private static final Pattern DONE = Pattern.compile("(?i)\\b(already|out of the box|natively|(is|are) (now )?live|"
            + "in place|up and running|available|supports?|supported|includes?|included|connected|integrated|"
            + "integrates|works with|offers?|comes with|handles?)\\b");
    /** The claim says a party has decided. */
    private static final Pattern DECIDED = Pattern.compile("(?i)\\b(going ahead|go(es)? ahead|went ahead|decided|"
            + "chose|chosen|choosing|opted|opting|moving forward|move forward|committed to|committing to|signing off|"
            + "signed off|on board with|settled on|locked in|finali[sz]ed)\\b");
    /** A claim that itself plans, hedges or denies says something else; the negation check handles a denial. */
    private static final Pattern CLAIM_OPEN = Pattern.compile("(?i)n['’]t\\b|\\b(will|['’]ll|plan|plans|planned|roadmap|not|"
            + "no|never|soon|later|next|quarter|q[1-4]|beta|coming|expect|expected|expects|should|aim|target|"
            + "hope|once|when|after|if|until|yet|may|might|could|would|consider|considering|think|thinking|whether|"
            + "pending|still|hopefully|likely|probably|possibly)\\b");
    /** A clause of the call that puts the thing in the future. */
    private static final Pattern PLANNED = Pattern.compile("(?i)\\b(roadmap|planned|scheduled for release|"
            + "next (year|quarter|release|version|update)|q[1-4]|(first|second|third|fourth) quarter|later this year|"
            + "in (beta|development|the works)|working on|coming soon|we['’]re building|we are building|"
            + "not yet|yet to|(isn['’]t|aren['’]t|not) (\\w+ ){0,3}yet|will (be|have|support|add|ship|release|get)|"
            + "['’]ll (have|support|add|ship|release))\\b");
    /** A clause of the call where a party keeps a decision open. */
    private static final Pattern UNDECIDED = Pattern.compile("(?i)\\b(think about|thinking about|not committ\\w*|"
            + "can['’]t commit|cannot commit|haven['’]t decided|not decided|undecided|no decision|not sure|unsure|"
            + "consider|considering|need to (discuss|talk|check|run|see|think|review)|run it by|get back to you|"
            + "not ready|too early|sleep on it|mull|weigh|on the fence|leaning)\\b");
    /** A later clause that settles it: a yes from the same side, or the thing said to exist. */
    private static final Pattern SETTLED = Pattern.compile("(?i)\\b(let['’]s (do|go)|go ahead|we['’]ll (take|do|go "
            + "with|sign)|deal|agreed|we['’]re in|sounds good|decided|we['’]ll go|sign (it|the)|already (have|has|"
            + "support|supports|available|live)|is available|are available|available (now|today)|supported today)\\b");
    private static final Pattern FRAGMENT = Pattern.compile("[,;:()]\\s*|\\s+(?=(?:but|so|while|whereas)\\b)",
            Pattern.CASE_INSENSITIVE);
    /** Words of the status itself, and pleasantries around it, are not the topic. */
    private static final Set<String> NOT_TOPIC = Set.of("alreadi", "box", "nativ", "live", "place", "run", "avail",
            "support", "includ", "connect", "integr", "work", "readi", "offer", "come", "handl", "ahead", "decid",
            "chose", "chosen", "choos", "opt", "move", "forward", "commit", "sign", "board", "settl", "lock",
            "final", "glad", "happi", "great", "pleas", "good", "excit", "now", "todai", "well", "also", "both", "go",
            "went", "term", "option", "plan", "side", "team", "thank");
    private static final double MIN_TOPIC = 0.5;

    /** "later this year", "today", "this quarter": when the claim says it happens. */
    private static final Pattern WHEN = Pattern.compile("(?i)\\b(?:later\\s+|early\\s+|earlier\\s+)?(this (?:year|quarter|month|week)|"
            + "today|right now)\\b");
    /** "Not this year.", "not today": the call rules that time out. */
    private static final String NOT_WHEN = "(?i)\\bnot\\s+(?:\\w+\\s+)?%s\\b";
    /** "not before December 7th", "December 7 at the earliest": a floor, which "by December 7" turns into a deadline. */
    private static final Pattern FLOOR = Pattern.compile("(?i)\\b(not before|no earlier than|not until|at the earliest)\\b");
    private static final Pattern BY = Pattern.compile("(?i)\\b(by|before|no later than|due)\\b");

    @Override
    public List<Outcome> apply(Claim claim, CallEvidence call) {
        if (claim.fromSubject() || claim.fromActionItem() || ClaimSplitter.underNegativeHeading(claim.text())) {
            return List.of();
        }
        List<Outcome> timing = timing(claim.text(), call);
        if (!timing.isEmpty()) {
            return timing;
        }
        for (String part : fragments(claim.text())) {
            // "ready Friday", "live on the 3rd": a date puts the claim in the future as well
            if (CLAIM_OPEN.matcher(part).find() || part.strip().endsWith("?")
                    || Mentions.dates(part, Mentions.meetingDate(call)).stream()
                            .anyMatch(d -> !d.date().equals(Mentions.meetingDate(call))) || !Mentions.times(part).isEmpty()) {
                continue;
            }
            boolean decided = DECIDED.matcher(part).find();
            boolean done = !decided && DONE.matcher(part).find();
            if (!decided && !done) {
                continue;
            }
            Set<String> topic = topic(part, call);
            if (topic.isEmpty()) {
                continue;
            }
            List<Outcome> out = against(part, topic, decided, call);
            if (!out.isEmpty()) {
                return out;
            }
        }
        return List.of();
    }

    /** The claim puts a thing in a time the call ruled out, or turns the call's earliest date into a deadline. */
    private List<Outcome> timing(String text, CallEvidence call) {
        if (Polarity.denies(text)) {
            return List.of();
        }
        java.util.regex.Matcher when = WHEN.matcher(text);
        String phrase = when.find() ? when.group(1).toLowerCase(java.util.Locale.ROOT) : null;
        if (phrase != null && (phrase.equals("today") || phrase.equals("right now")) && !DONE.matcher(text).find()) {
            phrase = null; // "thanks for joining today" dates the call; only "available today" claims a state
        }
        boolean deadline = BY.matcher(text).find() && !FLOOR.matcher(text).find();
        java.time.LocalDate meeting = Mentions.meetingDate(call);
        List<java.time.LocalDate> myDates = deadline ? Mentions.dates(text, meeting).stream().filter(d -> !d.approximate())
                .map(dev.followthrough.text.DateMention::date).toList() : List.of();
        if (phrase == null && myDates.isEmpty()) {
            return List.of();
        }
        Set<String> topic = new LinkedHashSet<>(call.claimTerms(text));
        topic.removeIf(t -> NOT_TOPIC.contains(t) || t.length() < 3 || Set.of("year", "quarter", "month", "week", "todai",
                "later", "earli", "right").contains(t));
        if (topic.isEmpty()) {
            return List.of();
        }
        Pattern ruledOut = phrase == null ? null : Pattern.compile(String.format(NOT_WHEN, Pattern.quote(phrase)));
        for (Utterance u : call.transcript().utterances()) {
            String context = questionBefore(u, call);
            for (String clause : CallEvidence.clauses(u.text())) {
                boolean hit = ruledOut != null && ruledOut.matcher(clause).find();
                if (!hit && !myDates.isEmpty() && FLOOR.matcher(clause).find()) {
                    hit = Mentions.dates(clause, meeting).stream().anyMatch(d -> myDates.contains(d.date()));
                }
                if (!hit || !about(topic, clause + " " + context) && !about(topic, u.text() + " " + context)
                        && !namesOverlap(text, u.text() + " " + context)) {
                    continue;
                }
                String reason = ruledOut != null && ruledOut.matcher(clause).find()
                        ? CallEvidence.who(u) + " said \u201C" + CallEvidence.shorten(clause) + "\u201D: the call rules out "
                        + phrase + ", the draft says it."
                        : CallEvidence.who(u) + " said \u201C" + CallEvidence.shorten(clause) + "\u201D: that is the earliest date,"
                        + " not a deadline.";
                return List.of(Outcome.contradicted("negation", Severity.HIGH, reason, List.of(CallEvidence.cite(u, clause))));
            }
        }
        return List.of();
    }

    /** The question this turn answers, if the turn before is someone else's question; otherwise "". */
    private static String questionBefore(Utterance u, CallEvidence call) {
        Utterance prev = call.previous(u);
        return prev != null && prev.speaker() != null && !prev.speaker().equals(u.speaker())
                && prev.text().contains("?") ? prev.text() : "";
    }

    private List<Outcome> against(String part, Set<String> topic, boolean decided, CallEvidence call) {
        Pattern open = decided ? UNDECIDED : PLANNED;
        List<Utterance> all = call.transcript().utterances();
        for (int i = 0; i < all.size(); i++) {
            Utterance u = all.get(i);
            for (String clause : CallEvidence.clauses(u.text())) {
                String asked = questionBefore(u, call);
                if (dev.followthrough.text.SpokenClauses.isQuestion(clause) || !open.matcher(clause).find()
                        || !about(topic, clause) && !(!asked.isEmpty() && about(topic, clause + " " + asked))
                        || contrasting(part, clause)) {
                    continue;
                }
                if (decided && !sideMatches(part, u, call)) {
                    continue;
                }
                if (settledAfter(all, i, topic, clause)) {
                    return List.of();
                }
                String who = CallEvidence.who(u);
                String reason = decided
                        ? who + " said \u201C" + CallEvidence.shorten(clause) + "\u201D: on the call this was left open, the draft"
                        + " says it is decided."
                        : who + " said \u201C" + CallEvidence.shorten(clause) + "\u201D: on the call this is still to come, the"
                        + " draft says it is there now.";
                return List.of(Outcome.contradicted("negation", Severity.HIGH, reason,
                        List.of(CallEvidence.cite(u, clause))));
            }
        }
        return List.of();
    }

    /** "Glad you're going ahead": the customer's decision; a rep's "we'll think about it" is not theirs to make. */
    private static boolean sideMatches(String part, Utterance u, CallEvidence call) {
        String p = part.toLowerCase(java.util.Locale.ROOT);
        CallEvidence.Side side = call.sideOf(u.speaker());
        if (p.matches("(?s).*\\b(you|you['’]re|your team|your side)\\b.*")) {
            return side == CallEvidence.Side.CUSTOMER;
        }
        if (p.matches("(?s).*\\b(we|we['’]re|i|i['’]m|our team)\\b.*")) {
            return side == CallEvidence.Side.REP;
        }
        return true;
    }

    /** Anything later on the same topic that says yes, or says it exists, settles what an earlier clause left open. */
    private static boolean settledAfter(List<Utterance> all, int from, Set<String> topic, String openClause) {
        boolean first = true;
        for (int i = from; i < all.size(); i++) {
            for (String clause : CallEvidence.clauses(all.get(i).text())) {
                if (first) {
                    if (clause.equals(openClause)) {
                        first = false;
                    }
                    continue;
                }
                if (SETTLED.matcher(clause).find() && !Polarity.denies(clause)
                        && (about(topic, clause) || i <= from + 1 && Terms.content(clause).size() <= 4)) {
                    return true;
                }
            }
            first = false;
        }
        return false;
    }

    /** "Euro payouts are available" and "Canadian dollar payouts aren't available yet" name different things. */
    private static boolean contrasting(String part, String clause) {
        Set<String> a = CallEvidence.capitalisedStems(part);
        Set<String> b = CallEvidence.capitalisedStems(clause);
        Set<String> onlyA = new java.util.HashSet<>(a);
        onlyA.removeAll(b);
        Set<String> onlyB = new java.util.HashSet<>(b);
        onlyB.removeAll(a);
        return !onlyA.isEmpty() && !onlyB.isEmpty();
    }

    /** A product or name of the claim that the ruling turn (or the question it answers) is about. */
    private static boolean namesOverlap(String claim, String evidence) {
        Set<String> a = CallEvidence.capitalisedStems(claim);
        a.retainAll(Terms.content(evidence));
        return !a.isEmpty();
    }

    private static boolean about(Set<String> topic, String clause) {
        Set<String> said = Terms.content(clause);
        int hit = 0;
        for (String t : topic) {
            if (said.stream().anyMatch(s -> related(t, s))) {
                hit++;
            }
        }
        return hit >= 1 && hit >= Math.ceil(MIN_TOPIC * topic.size() - 1e-9) - (topic.size() >= 4 ? 1 : 0);
    }

    /** Same stem, or one derivation of the other ("connector" / "connect", "integration" / "integrate"). */
    static boolean related(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int n = Math.min(a.length(), b.length());
        return n >= 5 && (a.startsWith(b) || b.startsWith(a));
    }

    private static Set<String> topic(String part, CallEvidence call) {
        Set<String> terms = new LinkedHashSet<>(call.claimTerms(part));
        terms.removeIf(t -> NOT_TOPIC.contains(t) || t.length() < 3);
        return terms;
    }

    private static List<String> fragments(String text) {
        List<String> out = new java.util.ArrayList<>();
        for (String f : FRAGMENT.split(text)) {
            String p = f.strip().replaceFirst("(?i)^(and|but|so|while|whereas)\\s+", "");
            if (p.split("\\s+").length >= 3) {
                out.add(p);
            }
        }
        return out;
    }

}
