package dev.followthrough.llm;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Where the day's LLM spend is kept, so the daily budget holds across restarts. */
public interface SpendLedger {

    /** Nothing kept: a budget that starts every day, and every restart, at zero. For tests and tools. */
    SpendLedger NONE = new SpendLedger() {
        @Override
        public BigDecimal spentOn(LocalDate day) {
            return BigDecimal.ZERO;
        }

        @Override
        public void add(LocalDate day, BigDecimal usd) {
        }
    };

    BigDecimal spentOn(LocalDate day);

    void add(LocalDate day, BigDecimal usd);
}
