package dev.followthrough.verification.offline;

import dev.followthrough.core.Severity;
import dev.followthrough.core.Utterance;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "You're open to a two-year term" against "I'm not signing two years": a draft that states the customer's
 * willingness about something the customer turned down on the call. The words of the stance ("open to", "happy
 * to") are not on the call, so the claim as a whole aligns with nothing; the check looks for a customer clause
 * that negates the object of the stance itself.
 */
final class StanceCheck implements ClaimCheck {

    private static final Pattern STANCE = Pattern.compile("(?i)^(?:.*?\\b)?(you|you['’]re|you are|you['’]d|you would|"
            + "your team(?: is)?|(\\p{Lu}[\\p{L}'’-]+)(?:\\s+is|['’]s)?)\\s+(?:still\\s+|also\\s+|now\\s+|quite\\s+|very\\s+)?"
            + "(happy to|glad to|open to|fine with|fine to|keen on|keen to|interested in|willing to|like to|"
            + "would like to|['’]d like to|want to|wants to|ready to|on board with|okay with|ok with|comfortable with|"
            + "agreed to|agree to|going ahead with|go ahead with|prefer to|decided to|chose to|opted for|signed off on)\\s+(.+)$");
    private static final Pattern ON_THE_TABLE = Pattern.compile("(?i)^(.+?)\\s+(?:is|are|remains?|stays?)\\s+(?:still\\s+)?"
            + "(?:on the table|an option|possible|available to you)\\b.*$");
    /** What follows the object: a condition or a purpose is not what the customer turned down. */
    private static final Pattern TAIL = Pattern.compile("(?i),?\\s+\\b(subject to|once|if|when|after|provided|so that|as long as|"
            + "because|since|but|though|although)\\b.*$");
    /** "fine if it's not during January" supposes; it turns nothing down. */
    private static final Pattern SUPPOSES = Pattern.compile("(?i)\\b(if|unless|as long as|provided|assuming)\\b");
    /** A stance the draft itself reports as uncertain makes no claim a refusal could contradict. */
    private static final Pattern UNSURE = Pattern.compile("(?i)\\b(maybe|might|perhaps|probably|possibly|not sure|unsure|"
            + "undecided|consider|considering|think about|thinking about|leaning|in principle|tentatively)\\b");
    private static final Set<String> WEAK = Set.of("take", "part", "short", "small", "quick", "littl", "start", "move",
            "add", "us", "todai", "now", "month", "week", "year", "time");

    @Override
    public List<Outcome> apply(Claim claim, CallEvidence call) {
        if (claim.fromSubject() || ClaimSplitter.underNegativeHeading(claim.text()) || Polarity.denies(claim.text())
                || UNSURE.matcher(claim.text()).find()) {
            return List.of();
        }
        String object = object(claim.text(), call);
        if (object == null) {
            return List.of();
        }
        Set<String> terms = Terms.content(TAIL.matcher(object).replaceFirst(""));
        if (terms.size() < 2) {
            return List.of();
        }
        Utterance best = null;
        String bestClause = null;
        int bestShared = 0;
        for (Utterance u : call.transcript().utterances()) {
            if (call.sideOf(u.speaker()) != CallEvidence.Side.CUSTOMER) {
                continue;
            }
            for (String clause : CallEvidence.clauses(u.text())) {
                if (dev.followthrough.text.SpokenClauses.isQuestion(clause) || !Polarity.denies(clause) || SUPPOSES.matcher(clause).find()) {
                    continue;
                }
                Set<String> shared = negatedShared(clause, terms);
                if ((shared.size() >= 2 || shared.stream().anyMatch(t -> t.length() >= 5 && !WEAK.contains(t)))
                        && shared.size() > bestShared && !affirmedLater(call, u, shared)) {
                    best = u;
                    bestClause = clause;
                    bestShared = shared.size();
                }
            }
        }
        if (best == null) {
            return List.of();
        }
        return List.of(Outcome.contradicted("negation", Severity.HIGH, CallEvidence.who(best) + " said \u201C"
                + CallEvidence.shorten(bestClause) + "\u201D: the customer turned this down, the draft says they are"
                + " willing.", List.of(CallEvidence.cite(best, bestClause))));
    }

    /** The thing the customer is said to be willing to do or have, when the claim is about the customer's stance. */
    private static String object(String text, CallEvidence call) {
        Matcher m = STANCE.matcher(text.strip());
        if (m.matches()) {
            String name = m.group(2);
            if (name != null) {
                String who = CommitmentCheck.speakerFor(name, call);
                boolean company = call.context() != null && call.context().customer() != null
                        && call.context().customer().toLowerCase(java.util.Locale.ROOT)
                        .startsWith(name.toLowerCase(java.util.Locale.ROOT));
                if (!company && (who == null || call.sideOf(who) != CallEvidence.Side.CUSTOMER)) {
                    return null;
                }
            }
            return m.group(4);
        }
        Matcher t = ON_THE_TABLE.matcher(text.strip());
        return t.matches() && text.matches("(?i).*\\b(you|your)\\b.*") ? t.group(1) : null;
    }

    private static final Pattern NEGATOR = Pattern.compile("(?i)\\b(not|no|never|won['’]t|don['’]t|can['’]t|cannot|"
            + "isn['’]t|aren['’]t|wouldn['’]t|doesn['’]t|rather not)\\b");

    /** The object's stems that the clause's negation bears on (what follows the negator in its stretch). */
    private static Set<String> negatedShared(String clause, Set<String> terms) {
        Set<String> out = new HashSet<>();
        for (String segment : clause.split("[;,.!?]")) {
            Matcher n = NEGATOR.matcher(segment);
            if (n.find()) {
                Set<String> after = Terms.content(segment.substring(n.end()));
                after.retainAll(terms);
                out.addAll(after);
            }
        }
        return out;
    }

    private static final Pattern YES = Pattern.compile("(?i)^(?:ok(?:ay)?|fine|yes|yeah|sure|deal|alright|all right|"
            + "that works|let['’]s do)\\b");

    /** "No case study... Actually, fine, one short quote is okay": the customer came round later in the call. */
    private static boolean affirmedLater(CallEvidence call, Utterance denial, Set<String> shared) {
        boolean after = false;
        for (Utterance u : call.transcript().utterances()) {
            if (u == denial) {
                after = true;
                continue;
            }
            if (after && call.sideOf(u.speaker()) == CallEvidence.Side.CUSTOMER && !Polarity.denies(u.text())
                    && YES.matcher(u.text().strip()).find()) {
                Set<String> t = Terms.content(u.text());
                t.retainAll(shared);
                if (!t.isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }
}
