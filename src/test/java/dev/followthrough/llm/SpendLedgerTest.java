package dev.followthrough.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.support.AppTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The day's LLM spend outlives the process: a budget made after a "restart" starts from what was spent. */
@AppTest
class SpendLedgerTest {

    @Autowired
    SpendLedger ledger;

    @Test
    void aRestartRemembersTodaysSpendAndTheDailyCeilingStillHolds() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        BigDecimal before = ledger.spentOn(today);
        BudgetProperties limits = new BudgetProperties(BigDecimal.ZERO, before.add(new BigDecimal("0.50")));

        LlmRunBudget first = new LlmRunBudget(limits, new SimpleMeterRegistry(), ledger);
        first.record(new BigDecimal("0.40"));

        LlmRunBudget afterRestart = new LlmRunBudget(limits, new SimpleMeterRegistry(), ledger);
        assertThat(afterRestart.spentToday()).isEqualByComparingTo(before.add(new BigDecimal("0.40")));
        assertThat(afterRestart.tryReserve(new BigDecimal("0.20"))).as("0.60 would cross the 0.50 left today").isFalse();
        assertThat(afterRestart.isExhausted()).isTrue();
    }

    @Test
    void spendAddsUpOnTheSameDay() {
        LocalDate day = LocalDate.of(2031, 5, 6);
        BigDecimal before = ledger.spentOn(day);
        ledger.add(day, new BigDecimal("0.125"));
        ledger.add(day, new BigDecimal("0.250"));
        assertThat(ledger.spentOn(day)).isEqualByComparingTo(before.add(new BigDecimal("0.375")));
        assertThat(ledger.spentOn(day.plusDays(1))).isEqualByComparingTo(BigDecimal.ZERO);
    }
}
