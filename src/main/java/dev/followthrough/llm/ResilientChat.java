package dev.followthrough.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every call to the provider goes through here: budget, circuit breaker, concurrency and rate limits, and retries
 * with backoff that honour Retry-After on 429 and 5xx. Timeouts are not retried: the call already took the whole
 * timeout, and the offline engine answers at once.
 */
class ResilientChat {

    private static final Logger log = LoggerFactory.getLogger(ResilientChat.class);

    /** One answer of the model with what it cost. */
    /** @param truncated the model stopped at the output token limit, so the text is likely incomplete */
    record Reply(String text, String model, long tokensIn, long tokensOut, BigDecimal costUsd, long latencyMs,
                 boolean truncated) {
    }

    interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private final ChatModel model;
    private final LlmProperties props;
    private final LlmRunBudget budget;
    private final Pricing pricing;
    private final CircuitBreaker breaker;
    private final Semaphore inFlight;
    private final Deque<Instant> recentStarts = new ArrayDeque<>();
    private final Clock clock;
    private final Sleeper sleeper;

    ResilientChat(ChatModel model, LlmProperties props, LlmRunBudget budget, Clock clock, Sleeper sleeper) {
        this.model = model;
        this.props = props;
        this.budget = budget;
        this.pricing = new Pricing(props.prices(),
                props.providerKind() == LlmProperties.Provider.OLLAMA ? null : props.unknownModelPrice());
        this.breaker = new CircuitBreaker(props.breakerFailures(), props.breakerOpenFor(), clock);
        this.inFlight = new Semaphore(Math.max(1, props.maxConcurrency()), true);
        this.clock = clock;
        this.sleeper = sleeper;
    }

    CircuitBreaker.State breakerState() {
        return breaker.state();
    }

    String modelName() {
        return props.effectiveModel();
    }

    /** @param schema the answer's structured-output format, used when {@code response-format=schema} */
    Reply chat(String system, String user, ResponseFormat schema) {
        BigDecimal estimate = pricing.cost(props.effectiveModel(), (system.length() + user.length()) / 4,
                props.maxOutputTokens());
        if (!budget.tryReserve(estimate)) {
            throw new LlmUnavailableException("LLM budget reached");
        }
        if (!breaker.allow()) {
            throw new LlmUnavailableException("circuit breaker open: the provider failed repeatedly");
        }
        try {
            if (!inFlight.tryAcquire(props.timeout().toMillis() * 2, TimeUnit.MILLISECONDS)) {
                breaker.cancelTrial(); // not the provider's fault
                throw new LlmUnavailableException("too many LLM calls in flight");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmUnavailableException("interrupted", e);
        }
        try {
            Reply reply = callWithRetries(system, user, schema);
            breaker.success();
            budget.record(reply.costUsd());
            return reply;
        } catch (LlmUnavailableException e) {
            breaker.failure();
            throw e;
        } finally {
            inFlight.release();
        }
    }

    private Reply callWithRetries(String system, String user, ResponseFormat schema) {
        ChatRequest.Builder request = ChatRequest.builder()
                .messages(SystemMessage.from(system), UserMessage.from(user));
        if (ChatModelFactory.supportsResponseFormat(props.providerKind())) {
            switch (props.responseFormat()) {
                case "schema" -> request.responseFormat(schema == null ? ResponseFormat.JSON : schema);
                case "json" -> request.responseFormat(ResponseFormat.JSON);
                default -> { }
            }
        }
        ChatRequest built = request.build();
        RuntimeException last = null;
        for (int attempt = 0; attempt <= props.maxRetries(); attempt++) {
            if (attempt > 0) {
                Duration wait = waitBefore(attempt, last);
                if (wait == null) {
                    break;
                }
                pause(wait);
            }
            throttle();
            long t0 = System.nanoTime();
            try {
                ChatResponse response = model.chat(built);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                return reply(response, ms);
            } catch (RuntimeException e) {
                last = e;
                if (!retryable(e)) {
                    break;
                }
                log.info("LLM call failed ({}), attempt {} of {}", describe(e), attempt + 1, props.maxRetries() + 1);
            }
        }
        throw new LlmUnavailableException("LLM call failed: " + describe(last), last);
    }

    private Reply reply(ChatResponse response, long ms) {
        TokenUsage usage = response.tokenUsage();
        long in = usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
        long out = usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
        String m = props.effectiveModel();
        String text = response.aiMessage() == null ? null : response.aiMessage().text();
        boolean truncated = response.finishReason() == FinishReason.LENGTH;
        return new Reply(text == null ? "" : text, m, in, out, pricing.cost(m, in, out), ms, truncated);
    }

    /** The wait before retry {@code attempt}, or {@code null} when the provider asks for longer than we accept. */
    private Duration waitBefore(int attempt, RuntimeException last) {
        Duration asked = ProviderHttpException.find(last).flatMap(ProviderHttpException::retryAfter).orElse(null);
        if (asked != null) {
            if (asked.compareTo(props.maxRetryWait()) > 0) {
                log.info("provider asks to retry after {}; more than {}, giving up", asked, props.maxRetryWait());
                return null;
            }
            return asked;
        }
        long base = props.retryBackoff().toMillis() << (attempt - 1);
        long jitter = base == 0 ? 0 : ThreadLocalRandom.current().nextLong(base / 4 + 1);
        return Duration.ofMillis(Math.min(base + jitter, props.maxRetryWait().toMillis()));
    }

    static boolean retryable(Throwable e) {
        var http = ProviderHttpException.find(e);
        if (http.isPresent()) {
            int code = http.get().statusCode();
            return code == 429 || code >= 500;
        }
        if (e instanceof RateLimitException || e instanceof InternalServerException) {
            return true;
        }
        if (isTimeout(e)) {
            return false;
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof UncheckedIOException || c instanceof java.io.IOException) {
                return true; // connection refused or reset: worth another try
            }
        }
        return false;
    }

    static boolean isTimeout(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof InterruptedIOException || c instanceof dev.langchain4j.exception.TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable e) {
        if (e == null) {
            return "no attempt made";
        }
        var http = ProviderHttpException.find(e);
        if (http.isPresent()) {
            return "HTTP " + http.get().statusCode();
        }
        return isTimeout(e) ? "timeout" : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /** Sliding one-minute window: wait until a start is allowed. */
    private void throttle() {
        int rpm = props.requestsPerMinute();
        if (rpm <= 0) {
            return;
        }
        while (true) {
            Duration wait;
            synchronized (recentStarts) {
                Instant now = clock.instant();
                while (!recentStarts.isEmpty() && !recentStarts.peekFirst().isAfter(now.minusSeconds(60))) {
                    recentStarts.pollFirst();
                }
                if (recentStarts.size() < rpm) {
                    recentStarts.addLast(now);
                    return;
                }
                wait = Duration.between(now, recentStarts.peekFirst().plusSeconds(60));
            }
            pause(wait.isNegative() ? Duration.ofMillis(1) : wait);
        }
    }

    private void pause(Duration d) {
        try {
            sleeper.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmUnavailableException("interrupted", e);
        }
    }
}
