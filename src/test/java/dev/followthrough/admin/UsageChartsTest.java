package dev.followthrough.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.call.UsageTotals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsageChartsTest {

    static UsageTotals day(String key, long calls, long flagged, String cost) {
        return new UsageTotals(key, calls, flagged, calls * 1000, new BigDecimal(cost));
    }

    @Test
    void everyDayFillsTheGapsWithZeroAndDropsDaysOutsideTheWindow() {
        List<UsageTotals> days = UsageCharts.everyDay(List.of(day("2026-11-20", 9, 9, "9"), day("2026-11-29", 4, 1, "0.40"),
                day("2026-12-01", 2, 0, "0.10")), LocalDate.of(2026, 12, 1), 5);
        assertThat(days).extracting(UsageTotals::key)
                .containsExactly("2026-11-27", "2026-11-28", "2026-11-29", "2026-11-30", "2026-12-01");
        assertThat(days).extracting(UsageTotals::calls).containsExactly(0L, 0L, 4L, 0L, 2L);
    }

    @Test
    void costPerDayDrawsTheDailyBudgetAndMarksTheDayOverIt() {
        List<UsageTotals> days = List.of(day("2026-11-30", 4, 1, "0.40"), day("2026-12-01", 9, 3, "6.50"));
        SvgChart.Chart c = UsageCharts.costPerDay(days, new BigDecimal("5.00"));
        assertThat(c.guide().text()).isEqualTo("budget 5.00");
        assertThat(c.bars()).extracting(SvgChart.Bar::over).containsExactly(false, true);
        assertThat(c.xLabels()).extracting(SvgChart.XLabel::text).containsExactly("11-30", "12-01");
        assertThat(UsageCharts.costPerDay(days, BigDecimal.ZERO).guide()).as("0 is no ceiling").isNull();
    }

    @Test
    void flaggedRateLeavesOutDaysWithoutCallsAndRunsGoOldestFirst() {
        List<UsageTotals> days = List.of(day("2026-11-29", 4, 1, "0"), day("2026-11-30", 0, 0, "0"), day("2026-12-01", 2, 2, "0"));
        SvgChart.Chart rate = UsageCharts.flaggedRatePerDay(days);
        assertThat(rate.dots()).extracting(SvgChart.Dot::tip).containsExactly("11-29: 25%", "12-01: 100%");
        SvgChart.Chart runs = UsageCharts.costPerRun(List.of(day("12", 1, 0, "0.30"), day("11", 1, 0, "0.10")),
                new BigDecimal("0.20"));
        assertThat(runs.bars()).extracting(SvgChart.Bar::tip).containsExactly("#11: 0.10", "#12: 0.30");
        assertThat(runs.bars()).extracting(SvgChart.Bar::over).containsExactly(false, true);
    }

    @Test
    void smallCostsKeepTheirDigits() {
        assertThat(UsageCharts.usd(0)).isEqualTo("0");
        assertThat(UsageCharts.usd(0.0042)).isEqualTo("0.0042");
        assertThat(UsageCharts.usd(1.5)).isEqualTo("1.50");
        assertThat(UsageCharts.count(12_345)).isEqualTo("12k");
        assertThat(UsageCharts.count(2_500_000)).isEqualTo("2.5M");
        assertThat(UsageCharts.count(0.5)).as("an axis tick between whole tokens").isEqualTo("0.5");
        assertThat(UsageCharts.count(3)).isEqualTo("3");
    }
}
