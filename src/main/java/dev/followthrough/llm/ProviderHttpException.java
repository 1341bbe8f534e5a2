package dev.followthrough.llm;

import dev.langchain4j.exception.HttpException;
import java.time.Duration;
import java.util.Optional;

/** A non-2xx answer of the provider, keeping what LangChain4j's own exception drops: the Retry-After header. */
class ProviderHttpException extends HttpException {

    private final transient Duration retryAfter;

    ProviderHttpException(int statusCode, String body, Duration retryAfter) {
        super(statusCode, body);
        this.retryAfter = retryAfter;
    }

    Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** Walks the cause chain: LangChain4j wraps our exception in RateLimitException and friends. */
    static Optional<ProviderHttpException> find(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ProviderHttpException p) {
                return Optional.of(p);
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return Optional.empty();
    }
}
