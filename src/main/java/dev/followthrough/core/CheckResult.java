package dev.followthrough.core;

import java.util.List;

public record CheckResult(Verdict verdict, List<Finding> findings, Usage usage) {

    public CheckResult {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /**
     * FLAGGED as soon as one claim is contradicted, or unsupported at MEDIUM or HIGH severity. A LOW-severity
     * unsupported finding is a note for the rep ("nothing on the call is close to this"), shown on the page but not
     * holding the call: on the labelled and held-out sets that signal alone never located a planted error and
     * only ever flagged faithful drafts (docs/EVALUATION.md, "Verifier").
     */
    public static CheckResult of(List<Finding> findings, Usage usage) {
        boolean flagged = findings.stream().anyMatch(Finding::holdsCall);
        return new CheckResult(flagged ? Verdict.FLAGGED : Verdict.CLEAN, findings, usage);
    }
}
