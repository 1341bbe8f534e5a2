package dev.followthrough.crm;

import java.time.Duration;
import java.time.Instant;

/** A CRM write that did not succeed, classified for the outbox. */
public class CrmException extends RuntimeException {

    public enum Kind {
        /** Try again after {@link #retryAfter()} (429 ten-secondly limit, 5xx, timeout). */
        RETRYABLE,
        /** A daily limit: park the whole outbox until {@link #notBefore()}. */
        DAILY_LIMIT,
        /** Will not heal without a fix (400 validation, missing contact): mark FAILED with the CRM's message. */
        PERMANENT,
        /** 401/403: stop syncing and tell an admin. */
        AUTH
    }

    private final Kind kind;
    private final Duration retryAfter;
    private final Instant notBefore;

    public CrmException(Kind kind, String message, Duration retryAfter, Instant notBefore, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.retryAfter = retryAfter;
        this.notBefore = notBefore;
    }

    public Kind kind() {
        return kind;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    public Instant notBefore() {
        return notBefore;
    }
}
