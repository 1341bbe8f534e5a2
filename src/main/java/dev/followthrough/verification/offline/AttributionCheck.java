package dev.followthrough.verification.offline;

import dev.followthrough.core.Severity;
import dev.followthrough.core.Utterance;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Joseph estimates that 30% of the water is wasted" when it was Peter who said so: every word is on the call and
 * every name is an attendee, so neither the name check nor similarity sees the slip. When a claim puts words in a
 * named speaker's mouth, the turn that says them best must be that speaker's, or at least one of theirs must come
 * close to it.
 */
final class AttributionCheck implements ClaimCheck {

    private static final Pattern ATTRIBUTED = Pattern.compile("(?:^|[,;:]\\s*|\\b(?:as|and|but)\\s+)"
            + "(?<who>\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)\\s+(?:also\\s+|then\\s+)?"
            + "(?:said|says|estimates|estimated|mentioned|mentions|told (?:us|me|you)|explained|explains|noted|notes|"
            + "pointed out|points out|reported|reports|shared|shares|flagged|flags|raised|raises|described|describes|"
            + "confirmed|confirms|stressed|stresses|emphasi[sz]ed|highlighted|highlights|added|adds|expects|expected|"
            + "believes|believed|thinks|thought|reckons|figures|put it|guessed|guesses)\\b,?\\s*(?:that\\s+)?(?<what>.+)$");
    private static final Pattern ACCORDING = Pattern.compile("(?i)^(?:according to|per)\\s+(?<who>\\p{Lu}[\\p{L}'’-]+"
            + "(?:\\s+\\p{Lu}[\\p{L}'’-]+)?),\\s*(?<what>.+)$");

    static final double MIN_BEST = 0.6;
    static final double MIN_GAP = 0.15;

    @Override
    public List<Outcome> apply(Claim claim, CallEvidence call) {
        if (claim.fromSubject() || claim.fromActionItem()) {
            return List.of();
        }
        Matcher m = ATTRIBUTED.matcher(claim.text().strip());
        if (!m.find()) {
            m = ACCORDING.matcher(claim.text().strip());
            if (!m.find()) {
                return List.of();
            }
        }
        String speaker = speaker(m.group("who"), call);
        String what = m.group("what");
        Set<String> terms = call.claimTerms(what);
        if (speaker == null || terms.size() < 3) {
            return List.of();
        }
        List<CallIndex.Hit> hits = call.search(what, 8);
        Utterance best = null;
        double bestScore = -1;
        double ownScore = -1;
        for (CallIndex.Hit h : hits) {
            double s = score(call, what, terms, h.utterance());
            if (speaker.equals(h.utterance().speaker())) {
                ownScore = Math.max(ownScore, s);
            }
            if (s > bestScore) {
                bestScore = s;
                best = h.utterance();
            }
        }
        if (best == null || speaker.equals(best.speaker()) || bestScore < MIN_BEST) {
            return List.of();
        }
        for (Utterance u : call.transcript().utterances()) {
            if (speaker.equals(u.speaker())) {
                ownScore = Math.max(ownScore, score(call, what, terms, u));
            }
        }
        if (bestScore - ownScore < MIN_GAP) {
            return List.of();
        }
        return List.of(Outcome.contradicted("name", Severity.MEDIUM, "It was " + CallEvidence.who(best)
                + " who said this, not " + m.group("who") + ".", List.of(CallEvidence.cite(best))));
    }

    private static double score(CallEvidence call, String what, Set<String> terms, Utterance u) {
        return call.match(what, terms, u.text(), call.stems(u));
    }

    /** Only a speaker of this call can be misquoted; anyone else is the name check's concern. */
    private static String speaker(String name, CallEvidence call) {
        String s = CommitmentCheck.speakerFor(name, call);
        return s != null && call.transcript().speakers().contains(s) ? s : null;
    }
}
