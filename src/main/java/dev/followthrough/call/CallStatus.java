package dev.followthrough.call;

/** Where a call stands. The CRM side of the story is in the outbox ({@code SyncState}). */
public enum CallStatus {
    /** Parsed and stored, waiting for analysis. */
    NEW,
    /** Claimed by a worker that is analysing it right now. */
    ANALYSING,
    /** The check found unsupported or contradicted claims: waits for a rep. */
    FLAGGED,
    /** The check passed: ready to sync. */
    CLEAN,
    /** A rep reviewed and approved it. */
    APPROVED,
    /** A rep rejected it; nothing goes to the CRM. */
    REJECTED,
    /** Analysis failed; the reason is in the status detail. Re-processing puts it back to NEW. */
    FAILED
}
