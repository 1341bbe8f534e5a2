package dev.followthrough.llm;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * What LLM calls have cost, per batch run and per UTC day, against {@code followthrough.budget.*}. The batch job
 * calls {@link #beginRun(long)} and {@link #endRun()}; calls outside a run count against the day only.
 * The day's spend is kept in a {@link SpendLedger} (the database in the app), so a restart does not reset the per-day
 * ceiling; the run's spend lives only as long as the run. A ledger that cannot be read or written is logged, and the
 * budget goes on from what this process has counted.
 */
@Component
public class LlmRunBudget {

    private static final Logger log = LoggerFactory.getLogger(LlmRunBudget.class);

    private final BudgetProperties limits;
    private final Clock clock;
    private final Counter costCounter;
    private final Counter exhaustedCounter;
    private final SpendLedger ledger;
    private boolean loaded;

    private Long runId;
    private Long lastRunId;
    private BigDecimal lastRunSpent = BigDecimal.ZERO;
    private BigDecimal spentRun = BigDecimal.ZERO;
    private BigDecimal spentDay = BigDecimal.ZERO;
    private LocalDate day;
    private boolean runExhausted;
    private boolean dayExhausted;

    /** A context without a database (a slice, a tool) gets no ledger: the day's spend is then this process's only. */
    @Autowired
    public LlmRunBudget(BudgetProperties limits, MeterRegistry registry,
                        org.springframework.beans.factory.ObjectProvider<SpendLedger> ledger) {
        this(limits, registry, Clock.systemUTC(), ledger.getIfAvailable(() -> SpendLedger.NONE));
    }

    public LlmRunBudget(BudgetProperties limits, MeterRegistry registry, SpendLedger ledger) {
        this(limits, registry, Clock.systemUTC(), ledger);
    }

    LlmRunBudget(BudgetProperties limits, MeterRegistry registry, Clock clock) {
        this(limits, registry, clock, SpendLedger.NONE);
    }

    LlmRunBudget(BudgetProperties limits, MeterRegistry registry, Clock clock, SpendLedger ledger) {
        this.ledger = ledger;
        this.limits = limits;
        this.clock = clock;
        this.day = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        this.costCounter = Counter.builder("followthrough.llm.cost").baseUnit("usd")
                .description("USD spent on LLM calls").register(registry);
        this.exhaustedCounter = Counter.builder("followthrough.llm.budget.exhausted")
                .description("times an LLM budget was reached and calls went offline").register(registry);
        Gauge.builder("followthrough.llm.budget.exhausted.state", this, b -> b.isExhausted() ? 1 : 0)
                .description("1 while a budget is exhausted").register(registry);
        Gauge.builder("followthrough.llm.spend.today", this, b -> b.spentToday().doubleValue())
                .baseUnit("usd").register(registry);
    }

    public synchronized void beginRun(long id) {
        rollDay();
        runId = id;
        spentRun = BigDecimal.ZERO;
        runExhausted = false;
    }

    public synchronized void endRun() {
        if (runId != null) {
            log.info("LLM spend of run {}: {} USD (today {} USD)", runId, spentRun, spentDay);
            lastRunId = runId;
            lastRunSpent = spentRun;
        }
        runId = null;
        spentRun = BigDecimal.ZERO;
        runExhausted = false;
    }

    /**
     * Whether a call estimated to cost {@code estimateUsd} may start. Refusing a call that would cross a ceiling
     * (not only one that starts after it) keeps the spend under the ceiling rather than one call over it.
     */
    public synchronized boolean tryReserve(BigDecimal estimateUsd) {
        rollDay();
        if (runExhausted || dayExhausted) {
            return false;
        }
        if (runId != null && over(spentRun.add(estimateUsd), limits.perRunUsd())) {
            runExhausted = true;
            exhausted("run " + runId, spentRun, limits.perRunUsd());
            return false;
        }
        if (over(spentDay.add(estimateUsd), limits.perDayUsd())) {
            dayExhausted = true;
            exhausted("day " + day, spentDay, limits.perDayUsd());
            return false;
        }
        return true;
    }

    public synchronized void record(BigDecimal costUsd) {
        rollDay();
        spentDay = spentDay.add(costUsd);
        if (costUsd.signum() != 0) {
            try {
                ledger.add(day, costUsd);
            } catch (RuntimeException e) {
                log.warn("Could not save today's LLM spend ({}); a restart would forget this call's cost", e.toString());
            }
        }
        if (runId != null) {
            spentRun = spentRun.add(costUsd);
        }
        costCounter.increment(costUsd.doubleValue());
    }

    public synchronized boolean isExhausted() {
        rollDay();
        return runExhausted || dayExhausted;
    }

    public synchronized BigDecimal spentToday() {
        rollDay();
        return spentDay;
    }

    public synchronized BigDecimal spentThisRun() {
        return spentRun;
    }

    public synchronized Long currentRun() {
        return runId;
    }

    /** The run ended last, or {@code null} before the first; with {@link #lastRunSpent()} for the admin page. */
    public synchronized Long lastRun() {
        return lastRunId;
    }

    public synchronized BigDecimal lastRunSpent() {
        return lastRunSpent;
    }

    public BudgetProperties limits() {
        return limits;
    }

    private void exhausted(String scope, BigDecimal spent, BigDecimal limit) {
        exhaustedCounter.increment();
        log.warn("LLM budget of the {} reached ({} of {} USD): the remaining calls use the offline engine",
                scope, spent, limit);
    }

    private static boolean over(BigDecimal amount, BigDecimal limit) {
        return limit != null && limit.signum() > 0 && amount.compareTo(limit) > 0;
    }

    private void rollDay() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (!today.equals(day) || !loaded) {
            // read lazily: the bean exists before the schema is migrated
            day = today;
            spentDay = savedSpend(today);
            dayExhausted = false;
            loaded = true;
        }
    }

    private BigDecimal savedSpend(LocalDate today) {
        try {
            return ledger.spentOn(today);
        } catch (RuntimeException e) {
            log.warn("Could not read today's LLM spend ({}); counting from zero", e.toString());
            return BigDecimal.ZERO;
        }
    }
}
