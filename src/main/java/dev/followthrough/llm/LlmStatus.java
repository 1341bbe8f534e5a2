package dev.followthrough.llm;

import java.math.BigDecimal;
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

    public LlmStatus(LlmProperties props, LlmRunBudget budget, ObjectProvider<ResilientChat> chat,
                     PromptLibrary prompts, Environment env) {
        this.props = props;
        this.budget = budget;
        this.chat = chat;
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
