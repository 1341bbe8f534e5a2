package dev.followthrough.admin;

import dev.followthrough.call.CallStore;
import dev.followthrough.call.UsageTotals;
import dev.followthrough.llm.LlmStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Costs and quality at a glance: spend against the budgets, tokens, and how often the check flags a draft. */
@Controller
class StatsController {

    static final int DAYS = 30;
    static final int RUNS = 20;

    private final CallStore calls;
    private final LlmStatus llm;

    StatsController(CallStore calls, LlmStatus llm) {
        this.calls = calls;
        this.llm = llm;
    }

    @GetMapping("/admin/stats")
    String stats(Model model) {
        List<UsageTotals> days = UsageCharts.everyDay(calls.usageByDay(DAYS), LocalDate.now(), DAYS);
        List<UsageTotals> runs = calls.usageByRun(RUNS);
        BigDecimal perDay = llm.budgetLimits().perDayUsd();
        BigDecimal perRun = llm.budgetLimits().perRunUsd();
        model.addAttribute("charts", List.of(UsageCharts.costPerDay(days, perDay), UsageCharts.costPerRun(runs, perRun),
                UsageCharts.tokensPerDay(days), UsageCharts.flaggedRatePerDay(days),
                UsageCharts.flaggedRatePerRun(runs)));
        model.addAttribute("runs", runs);
        List<UsageTotals> busyDays = new ArrayList<>(days.stream().filter(d -> d.calls() > 0).toList());
        Collections.reverse(busyDays);
        model.addAttribute("days", busyDays);
        model.addAttribute("llm", llm);
        model.addAttribute("perDay", perDay);
        model.addAttribute("perRun", perRun);
        return "admin/stats";
    }
}
