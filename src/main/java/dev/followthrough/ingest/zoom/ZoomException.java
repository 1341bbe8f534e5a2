package dev.followthrough.ingest.zoom;

import java.time.Duration;

/** A Zoom call that failed; carries Zoom's own error code and message when the body had them. */
public class ZoomException extends RuntimeException {

    private final int status;
    private final Integer zoomCode;
    private final Duration retryAfter;

    public ZoomException(String message, int status, Integer zoomCode, Duration retryAfter) {
        super(message);
        this.status = status;
        this.zoomCode = zoomCode;
        this.retryAfter = retryAfter;
    }

    public ZoomException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
        this.zoomCode = null;
        this.retryAfter = null;
    }

    /** HTTP status, or 0 when no response arrived. */
    public int status() {
        return status;
    }

    public Integer zoomCode() {
        return zoomCode;
    }

    /** From a 429's Retry-After header, when Zoom sent one. */
    public Duration retryAfter() {
        return retryAfter;
    }

    public boolean rateLimited() {
        return status == 429;
    }
}
