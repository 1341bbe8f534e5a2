package dev.followthrough.verification.offline;

import dev.followthrough.core.Evidence;
import dev.followthrough.core.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The fallback for claims no dedicated check covers: is anything on the call about this at all? It flags only
 * when both meaning and words are far from everything said, because a paraphrase shares little wording and a
 * short claim shares little meaning; one weak signal alone is not enough to call a claim made up.
 */
final class GeneralCheck implements ClaimCheck {

    private final double minCosine;
    private final double minCoverage;

    GeneralCheck(double minCosine, double minCoverage) {
        this.minCosine = minCosine;
        this.minCoverage = minCoverage;
    }

    @Override
    public List<Outcome> apply(Claim claim, CallEvidence call) {
        List<CallIndex.Hit> hits = call.search(claim.text(), 5);
        if (hits.isEmpty()) {
            return List.of(Outcome.unsupported("general", Severity.HIGH, "The call has no words to check this against.",
                    List.of()));
        }
        CallEvidence.Aligned a = call.align(claim.text(), hits);
        double bestCos = hits.stream().mapToDouble(CallIndex.Hit::cosine).max().orElse(0);
        Set<String> terms = call.claimTerms(claim.text());
        Set<String> said = call.memo("stems", () -> Terms.content(call.fullTextLower()));
        double coverage = Terms.coverage(terms, said);
        List<Evidence> ev = new ArrayList<>();
        if (a != null) {
            ev.add(CallEvidence.cite(a.utterance()));
        }
        for (CallIndex.Hit h : hits) {
            if (ev.size() >= 2) {
                break;
            }
            Evidence e = CallEvidence.cite(h.utterance());
            if (!ev.contains(e)) {
                ev.add(e);
            }
        }
        if (Math.max(bestCos, a == null ? 0 : a.cosine()) < minCosine && coverage < minCoverage) {
            return List.of(Outcome.unsupported("general", Severity.LOW, "Nothing said on the call backs this up.",
                    ev));
        }
        String who = a == null ? CallEvidence.who(hits.get(0).utterance()) : CallEvidence.who(a.utterance());
        return List.of(Outcome.supported("general", "Said on the call by " + who + ".", ev));
    }
}
