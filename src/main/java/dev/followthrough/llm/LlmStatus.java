package dev.followthrough.llm;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** What the admin page shows about the LLM engine; also logs at startup which engine is in use. */
@Component
public class LlmStatus {

    private static final Logger log = LoggerFactory.getLogger(LlmStatus.class);

    private final LlmProperties props;
    private final LlmRunBudget budget;
    private final ObjectProvider<ResilientChat> chat;
    private final String offlineReason;
    private final MeterRegistry registry;
    private final AtomicLong fallbacks = new AtomicLong();
    private volatile String lastFallback;

    public LlmStatus(LlmProperties props, LlmRunBudget budget, ObjectProvider<ResilientChat> chat,
                     PromptLibrary prompts, Environment env, MeterRegistry registry) {
        this.props = props;
        this.budget = budget;
        this.chat = chat;
        this.registry = registry;
        this.offlineReason = LlmConfiguredCondition.offlineReason(env);
        if (offlineReason == null) {
            log.info("LLM engine: {} model {} at {} (prompts from {}); budget {} USD per run, {} USD per day",
                    props.provider(), props.effectiveModel(),
                    props.baseUrl() == null || props.baseUrl().isBlank() ? "the provider's default endpoint" : props.baseUrl(),
                    prompts.location(), budget.limits().perRunUsd(), budget.limits().perDayUsd());
        } else {
            log.info("LLM engine off, using the offline engine: {}", offlineReason);
        }
    }

    /** Counts a stage that went to the offline engine although the LLM is configured (metric and admin page). */
    void recordFallback(String stage, String reason) {
        fallbacks.incrementAndGet();
        lastFallback = Instant.now() + " " + stage + ": " + reason;
        Counter.builder("followthrough.llm.fallbacks").tag("stage", stage)
                .description("stages that went to the offline engine while the LLM was configured")
                .register(registry).increment();
    }

    /** Stages sent to the offline engine since start while the LLM was configured. */
    public long fallbackCount() {
        return fallbacks.get();
    }

    /** When, which stage and why the last fallback happened; {@code null} when none did. */
    public String lastFallback() {
        return lastFallback;
    }

    /** True when the LLM engine is configured; the breaker or a budget may still send calls offline. */
    public boolean enabled() {
        return offlineReason == null;
    }

    /** Why the offline engine is in use, or {@code null} when the LLM is configured. */
    public String offlineReason() {
        return offlineReason;
    }

    public String provider() {
        return props.provider();
    }

    public String model() {
        return enabled() ? props.effectiveModel() : null;
    }

    /** CLOSED, OPEN or HALF_OPEN; "OFF" without an LLM. */
    public String breakerState() {
        ResilientChat c = chat.getIfAvailable();
        return c == null ? "OFF" : c.breakerState().name();
    }

    public BigDecimal spentTodayUsd() {
        return budget.spentToday();
    }

    public BigDecimal spentThisRunUsd() {
        return budget.spentThisRun();
    }

    /** The last finished run and what it spent ({@code null} / 0 before the first run ends). */
    public Long lastRunId() {
        return budget.lastRun();
    }

    public BigDecimal lastRunSpentUsd() {
        return budget.lastRunSpent();
    }

    public boolean budgetExhausted() {
        return budget.isExhausted();
    }

    public BudgetProperties budgetLimits() {
        return budget.limits();
    }
}
