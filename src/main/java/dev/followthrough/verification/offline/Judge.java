package dev.followthrough.verification.offline;

import dev.followthrough.core.ClaimStatus;
import dev.followthrough.core.Evidence;
import dev.followthrough.core.Finding;
import dev.followthrough.core.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Runs the checks that apply to a claim and turns their outcomes into findings: one per problem, or one SUPPORTED. */
final class Judge {

    /** Cut-offs for MiniLM cosine and stem coverage; measured on the labelled set, see docs/EVALUATION.md. */
    static final double NEGATION_MIN_COSINE = 0.55;
    static final double NEGATION_MIN_COVERAGE = 0.5;
    static final double COMMITMENT_MIN_MATCH = 0.5;
    static final double GENERAL_MIN_COSINE = 0.3;
    static final double GENERAL_MIN_COVERAGE = 0.5;

    /** Checks whose SUPPORTED outcome vouches for the whole claim, so the general check need not run. */
    private static final Set<String> VOUCHING = Set.of("number", "date", "commitment", "meeting");

    private final List<ClaimCheck> specific = List.of(new CitationCheck(), new ContactCheck(), new NameCheck(), new AttributionCheck(),
            new NumberCheck(), new DateCheck(), new MeetingCheck(), new NegationCheck(NEGATION_MIN_COSINE, NEGATION_MIN_COVERAGE), new StatusCheck(), new StanceCheck(),
            new CommitmentCheck(COMMITMENT_MIN_MATCH));
    private final ClaimCheck general = new GeneralCheck(GENERAL_MIN_COSINE, GENERAL_MIN_COVERAGE);

    List<Finding> judge(Claim claim, CallEvidence call) {
        List<Outcome> outcomes = new ArrayList<>();
        for (ClaimCheck check : specific) {
            if (claim.fromSubject() && !(check instanceof NameCheck || check instanceof NumberCheck
                    || check instanceof DateCheck || check instanceof ContactCheck)) {
                continue;
            }
            outcomes.addAll(check.apply(claim, call));
        }
        boolean vouched = outcomes.stream().anyMatch(o -> !o.isProblem() && VOUCHING.contains(o.kind()));
        boolean problem = outcomes.stream().anyMatch(Outcome::isProblem);
        if (!vouched && !problem && !claim.fromSubject()) {
            outcomes.addAll(general.apply(claim, call));
        }
        String source = claim.fromSubject() ? "draft" : claim.source();
        List<Finding> findings = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (o.isProblem()) {
                findings.add(new Finding(claim.text(), source, o.kind(), o.status(), o.severity(), o.reason(),
                        o.evidence()));
            }
        }
        if (!findings.isEmpty()) {
            return findings;
        }
        if (outcomes.isEmpty()) {
            return List.of(); // a subject line with nothing concrete in it
        }
        Outcome lead = outcomes.stream().filter(o -> !Set.of("name", "general", "citation").contains(o.kind()))
                .findFirst().orElse(outcomes.get(outcomes.size() - 1));
        Set<Evidence> evidence = new LinkedHashSet<>();
        outcomes.forEach(o -> evidence.addAll(o.evidence()));
        return List.of(new Finding(claim.text(), source, lead.kind(), ClaimStatus.SUPPORTED, Severity.LOW,
                lead.reason(), evidence.stream().limit(3).toList()));
    }
}
