package dev.followthrough.core;

import java.util.List;

/**
 * The check's judgement of one claim.
 *
 * @param claim    the claim as it stands in the draft or action item
 * @param source   where the claim came from: "draft" or "action-item:N" (0-based index)
 * @param kind     what was checked: "number", "date", "name", "negation", "commitment", "meeting", "general"...
 * @param reason   one sentence a rep understands ("the call says 10%, the draft says 20%")
 */
public record Finding(String claim, String source, String kind, ClaimStatus status, Severity severity,
                      String reason, List<Evidence> evidence) {

    public Finding {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public boolean isProblem() {
        return status != ClaimStatus.SUPPORTED;
    }

    /**
     * Whether this finding makes the check FLAGGED: a contradiction, or an unsupported claim of MEDIUM or HIGH
     * severity. A LOW-severity unsupported claim is a note for the rep, shown but not holding the call.
     */
    public boolean holdsCall() {
        return isProblem() && (status == ClaimStatus.CONTRADICTED || severity != Severity.LOW);
    }
}
