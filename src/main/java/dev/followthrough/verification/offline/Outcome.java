package dev.followthrough.verification.offline;

import dev.followthrough.core.ClaimStatus;
import dev.followthrough.core.Evidence;
import dev.followthrough.core.Severity;
import java.util.List;

/** What one check concluded about one claim. */
record Outcome(String kind, ClaimStatus status, Severity severity, String reason, List<Evidence> evidence) {

    Outcome {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    static Outcome supported(String kind, String reason, List<Evidence> evidence) {
        return new Outcome(kind, ClaimStatus.SUPPORTED, Severity.LOW, reason, evidence);
    }

    static Outcome unsupported(String kind, Severity severity, String reason, List<Evidence> evidence) {
        return new Outcome(kind, ClaimStatus.UNSUPPORTED, severity, reason, evidence);
    }

    static Outcome contradicted(String kind, Severity severity, String reason, List<Evidence> evidence) {
        return new Outcome(kind, ClaimStatus.CONTRADICTED, severity, reason, evidence);
    }

    boolean isProblem() {
        return status != ClaimStatus.SUPPORTED;
    }
}
