package dev.followthrough.core;

import java.util.List;

public record CheckResult(Verdict verdict, List<Finding> findings, Usage usage) {

    public CheckResult {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** FLAGGED as soon as one claim is unsupported or contradicted. */
    public static CheckResult of(List<Finding> findings, Usage usage) {
        boolean flagged = findings.stream().anyMatch(Finding::isProblem);
        return new CheckResult(flagged ? Verdict.FLAGGED : Verdict.CLEAN, findings, usage);
    }
}
