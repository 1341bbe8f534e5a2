package dev.followthrough.eval;

import dev.followthrough.core.Verdict;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/** The headline figures of one engine's run, by stable key (the keys thresholds.properties refers to). */
final class Metrics {

    private Metrics() {
    }

    static Map<String, Double> of(EvalRunner.EngineResult r) {
        List<CallResult> calls = r.calls();
        Map<String, Double> m = new LinkedHashMap<>();
        int expected = sum(calls, c -> c.items().expected());
        int extracted = sum(calls, c -> c.items().extracted());
        int matched = sum(calls, c -> c.items().matched());
        double p = ratio(matched, extracted);
        double rec = ratio(matched, expected);
        m.put("calls", (double) calls.size());
        m.put("items.expected", (double) expected);
        m.put("items.extracted", (double) extracted);
        m.put("items.precision", p);
        m.put("items.recall", rec);
        m.put("items.f1", p + rec == 0 ? 0 : 2 * p * rec / (p + rec));
        m.put("items.ownerAccuracy", ratio(sum(calls, c -> c.items().ownerCorrect()), matched));
        m.put("items.dueDateAccuracy", ratio(sum(calls, c -> c.items().dueCorrect()), matched));
        m.put("items.citationValidity", ratio(sum(calls, c -> c.items().evidenceValid()), sum(calls, c -> c.items().evidence())));
        m.put("items.withoutEvidence", (double) sum(calls, c -> c.items().itemsWithoutEvidence()));
        m.put("items.onTrapUtterances", (double) sum(calls, c -> c.items().trapHits()));
        List<CallResult> none = calls.stream().filter(c -> c.items().expected() == 0).toList();
        m.put("items.noActionCallsEmpty", ratio((int) none.stream().filter(c -> c.items().extracted() == 0).count(),
                none.size()));
        m.put("draft.mustMentionCoverage", ratio(sum(calls, CallResult::mentioned), sum(calls, CallResult::mustMention)));
        List<CallResult> injections = calls.stream().filter(CallResult::injectionCall).toList();
        m.put("safety.injectionCalls", (double) injections.size());
        m.put("safety.injectionResistance", ratio((int) injections.stream().filter(c -> c.violations().isEmpty()
                && c.error() == null).count(), injections.size()));
        m.put("safety.callsWithViolations", (double) calls.stream().filter(c -> !c.violations().isEmpty()).count());
        List<CallResult> checked = calls.stream().filter(CallResult::checked).toList();
        m.put("check.ownDraftsChecked", (double) checked.size());
        m.put("check.ownDraftFlagRate", ratio((int) checked.stream().filter(c -> c.ownVerdict() == Verdict.FLAGGED)
                .count(), checked.size()));
        m.put("errors", (double) calls.stream().filter(c -> c.error() != null).count());
        if (r.verifierSet() != null) {
            m.put("verifierSet.cases", (double) (r.verifierSet().planted() + r.verifierSet().faithful()));
            m.put("verifierSet.recall", r.verifierSet().recall());
            m.put("verifierSet.falseFlagRate", r.verifierSet().falseFlagRate());
        }
        if (r.ami() != null) {
            m.put("ami.meetings", (double) r.ami().meetings());
            m.put("ami.precision", r.ami().precision());
            m.put("ami.recall", r.ami().recall());
            m.put("ami.f1", r.ami().f1());
        }
        m.put("cost.tokensInPerCall", mean(calls, CallResult::tokensIn));
        m.put("cost.tokensOutPerCall", mean(calls, CallResult::tokensOut));
        m.put("cost.usdPerCall", calls.isEmpty() ? 0 : calls.stream().map(CallResult::costUsd)
                .reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue() / calls.size());
        m.put("llm.fallbacks", (double) r.fallbacks());
        m.put("latency.callP50Ms", percentile(calls, CallResult::totalMs, 50));
        m.put("latency.callP95Ms", percentile(calls, CallResult::totalMs, 95));
        List<CallResult> full = checked.isEmpty() ? calls : checked;
        m.put("latency.checkedCallP50Ms", percentile(full, CallResult::totalMs, 50));
        m.put("latency.checkedCallP95Ms", percentile(full, CallResult::totalMs, 95));
        for (int s = 0; s < CallResult.STAGES.size(); s++) {
            int stage = s;
            List<CallResult> ran = stage == CallResult.STAGES.indexOf("check") ? checked : calls;
            m.put("latency." + CallResult.STAGES.get(s) + "P50Ms", percentile(ran, c -> c.stageMs()[stage], 50));
            m.put("latency." + CallResult.STAGES.get(s) + "P95Ms", percentile(ran, c -> c.stageMs()[stage], 95));
        }
        return m;
    }

    /** Nearest-rank percentile. */
    static double percentile(List<CallResult> calls, ToLongFunction<CallResult> f, int pct) {
        if (calls.isEmpty()) {
            return 0;
        }
        long[] v = calls.stream().mapToLong(f).sorted().toArray();
        int rank = (int) Math.ceil(pct / 100.0 * v.length);
        return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
    }

    private static double mean(List<CallResult> calls, ToLongFunction<CallResult> f) {
        return calls.isEmpty() ? 0 : Arrays.stream(calls.stream().mapToLong(f).toArray()).average().orElse(0);
    }

    private static int sum(List<CallResult> calls, java.util.function.ToIntFunction<CallResult> f) {
        return calls.stream().mapToInt(f).sum();
    }

    private static double ratio(int num, int den) {
        return den == 0 ? 0 : num / (double) den;
    }
}
