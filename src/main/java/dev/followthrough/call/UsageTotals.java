package dev.followthrough.call;

import java.math.BigDecimal;

/**
 * What a day or a run of analysis added up to.
 *
 * @param key the day (ISO date) or the job execution id
 */
public record UsageTotals(String key, long calls, long flagged, long tokens, BigDecimal costUsd) {

    static UsageTotals fromRow(Object[] row) {
        return new UsageTotals(String.valueOf(row[0]), ((Number) row[1]).longValue(),
                row[2] == null ? 0 : ((Number) row[2]).longValue(), row[3] == null ? 0 : ((Number) row[3]).longValue(),
                row[4] == null ? BigDecimal.ZERO : new BigDecimal(row[4].toString()));
    }

    public double flaggedRate() {
        return calls == 0 ? 0 : (double) flagged / calls;
    }
}
