package dev.followthrough.admin;

import dev.followthrough.admin.SvgChart.Chart;
import dev.followthrough.admin.SvgChart.Datum;
import dev.followthrough.call.UsageTotals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns the call store's usage totals into the admin charts: spend against the budget, tokens, flagged rate. */
final class UsageCharts {

    private UsageCharts() {
    }

    /** One row per day from {@code today - days + 1} to {@code today}, zero where no call was analysed. */
    static List<UsageTotals> everyDay(List<UsageTotals> byDay, LocalDate today, int days) {
        Map<LocalDate, UsageTotals> known = new HashMap<>();
        for (UsageTotals u : byDay) {
            try {
                known.put(LocalDate.parse(u.key().length() > 10 ? u.key().substring(0, 10) : u.key()), u);
            } catch (DateTimeParseException e) {
                // not a day key: leave it out rather than put it on the wrong day
            }
        }
        List<UsageTotals> out = new ArrayList<>();
        for (LocalDate d = today.minusDays(days - 1L); !d.isAfter(today); d = d.plusDays(1)) {
            UsageTotals u = known.get(d);
            out.add(u != null ? new UsageTotals(d.toString(), u.calls(), u.flagged(), u.tokens(), u.costUsd())
                    : new UsageTotals(d.toString(), 0, 0, 0, BigDecimal.ZERO));
        }
        return out;
    }

    static Chart costPerDay(List<UsageTotals> days, BigDecimal perDayBudget) {
        return SvgChart.bars("LLM cost per day (USD)", "USD", data(days, UsageCharts::shortDay, Kind.COST),
                limit(perDayBudget), UsageCharts::usd);
    }

    static Chart tokensPerDay(List<UsageTotals> days) {
        return SvgChart.bars("Tokens per day (in + out)", "tokens", data(days, UsageCharts::shortDay, Kind.TOKENS),
                null, UsageCharts::count);
    }

    /** Days without calls are left out: a rate of nothing is not 0%. */
    static Chart flaggedRatePerDay(List<UsageTotals> days) {
        List<UsageTotals> withCalls = days.stream().filter(d -> d.calls() > 0).toList();
        return SvgChart.line("Flagged rate per day (share of analysed calls)", "%",
                data(withCalls, UsageCharts::shortDay, Kind.RATE), 1.0, UsageCharts::percent);
    }

    /** @param runsNewestFirst as {@code CallStore.usageByRun} answers */
    static Chart costPerRun(List<UsageTotals> runsNewestFirst, BigDecimal perRunBudget) {
        List<UsageTotals> runs = new ArrayList<>(runsNewestFirst);
        java.util.Collections.reverse(runs);
        return SvgChart.bars("LLM cost per run (USD)", "USD", data(runs, k -> "#" + k, Kind.COST),
                limit(perRunBudget), UsageCharts::usd);
    }

    static Chart flaggedRatePerRun(List<UsageTotals> runsNewestFirst) {
        List<UsageTotals> runs = new ArrayList<>(runsNewestFirst);
        java.util.Collections.reverse(runs);
        return SvgChart.line("Flagged rate per run", "%", data(runs, k -> "#" + k, Kind.RATE), 1.0,
                UsageCharts::percent);
    }

    private enum Kind { COST, TOKENS, RATE }

    private static List<Datum> data(List<UsageTotals> rows, java.util.function.UnaryOperator<String> label, Kind kind) {
        return rows.stream().map(u -> new Datum(label.apply(u.key()), switch (kind) {
            case COST -> u.costUsd().doubleValue();
            case TOKENS -> u.tokens();
            case RATE -> u.flaggedRate();
        })).toList();
    }

    private static Double limit(BigDecimal budget) {
        return budget == null || budget.signum() <= 0 ? null : budget.doubleValue();
    }

    private static String shortDay(String isoDay) {
        return isoDay.length() >= 10 ? isoDay.substring(5, 10) : isoDay;
    }

    static String usd(double v) {
        if (v == 0) {
            return "0";
        }
        return v < 0.01 ? String.format(Locale.ROOT, "%.4f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    static String count(double v) {
        return v >= 1_000_000 ? String.format(Locale.ROOT, "%.1fM", v / 1_000_000)
                : v >= 10_000 ? String.format(Locale.ROOT, "%.0fk", v / 1000)
                : v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    static String percent(double v) {
        return String.format(Locale.ROOT, "%.0f%%", v * 100);
    }
}
