package dev.followthrough.ingest;

/**
 * A transcript that cannot be read. The code is stable and machine-readable ("empty", "binary",
 * "unknown-format", "too-large", "bad-timestamp", ...); the detail says what is wrong in words a user can act on.
 */
public class TranscriptRejectedException extends RuntimeException {

    private final String code;

    public TranscriptRejectedException(String code, String detail) {
        super(detail);
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String detail() {
        return getMessage();
    }
}
