package dev.followthrough.llm;

/** The LLM could not be used for this call (breaker open, budget reached, provider failing); callers go offline. */
public class LlmUnavailableException extends RuntimeException {

    public LlmUnavailableException(String message) {
        super(message);
    }

    public LlmUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
