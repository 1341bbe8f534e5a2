package dev.followthrough.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.followthrough.core.ActionItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes {@code report.md}, {@code report.json} and one {@code details-<engine>.md} per engine. */
final class ReportWriter {

    private ReportWriter() {
    }

    static void write(Path dir, List<EvalRunner.EngineResult> results, String command) throws IOException {
        Files.createDirectories(dir);
        List<Map<String, Double>> metrics = results.stream().map(Metrics::of).toList();
        Files.writeString(dir.resolve("report.md"), markdown(results, metrics, command));
        Files.writeString(dir.resolve("report.json"), json(results, metrics, command));
        for (EvalRunner.EngineResult r : results) {
            Files.writeString(dir.resolve("details-" + r.engine().replaceAll("[^A-Za-z0-9.-]", "_") + ".md"), details(r));
        }
    }

    static String markdown(List<EvalRunner.EngineResult> results, List<Map<String, Double>> metrics, String command) {
        StringBuilder md = new StringBuilder("# Evaluation report\n\n");
        md.append("Generated ").append(Instant.now()).append(" by `").append(command).append("`.\n\n");
        md.append("| metric |");
        results.forEach(r -> md.append(' ').append(r.engine()).append(" |"));
        md.append("\n|---|").append("---|".repeat(results.size())).append('\n');
        for (String key : metrics.get(0).keySet()) {
            md.append("| ").append(key).append(" |");
            for (Map<String, Double> m : metrics) {
                md.append(' ').append(m.containsKey(key) ? fmt(key, m.get(key)) : "n/a").append(" |");
            }
            md.append('\n');
        }
        md.append("\nAMI anchors (Liu et al. 2023, supervised, positive-class utterance F1): 0.38-0.43.\n");
        for (EvalRunner.EngineResult r : results) {
            md.append("\n## ").append(r.engine()).append(": per call\n\n")
                    .append("| call | expected | extracted | matched | owner ok | due ok | citations ok | mustMention |"
                            + " violations | own draft | ms |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
            for (CallResult c : r.calls()) {
                ItemScoring.Score s = c.items();
                md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d/%d | %d/%d | %s | %s | %d |%n",
                        c.id(), s.expected(), s.extracted(), s.matched(), s.ownerCorrect(), s.dueCorrect(),
                        s.evidenceValid(), s.evidence(), c.mentioned(), c.mustMention(),
                        c.error() != null ? "ERROR" : c.violations().isEmpty() ? "0" : String.join("; ", c.violations()),
                        c.checked() ? c.ownVerdict() : "not checked", c.totalMs()));
            }
            if (r.verifierSet() != null) {
                md.append("\n### ").append(r.engine()).append(": verifier set by kind\n\n")
                        .append("| planted kind | cases | flagged | recall |\n|---|---|---|---|\n");
                r.verifierSet().plantedByKind().forEach((k, v) -> md.append(String.format(Locale.ROOT,
                        "| %s | %d | %d | %.2f |%n", k, v[0], v[1], v[1] / (double) v[0])));
                md.append("\n| faithful label | cases | falsely flagged | rate |\n|---|---|---|---|\n");
                r.verifierSet().faithfulByLabel().forEach((k, v) -> md.append(String.format(Locale.ROOT,
                        "| %s | %d | %d | %.2f |%n", k, v[0], v[1], v[1] / (double) v[0])));
            }
            if (r.ami() != null) {
                AmiResult a = r.ami();
                md.append(String.format(Locale.ROOT, "%n### %s: AMI dev%n%n%d meetings, %d utterances, %d items;"
                                + " tp %d, fp %d, fn %d; precision %.3f, recall %.3f, **F1 %.3f** (anchors 0.38-0.43); %d ms.%n",
                        r.engine(), a.meetings(), a.utterances(), a.items(), a.tp(), a.fp(), a.fn(), a.precision(),
                        a.recall(), a.f1(), a.ms()));
            }
        }
        return md.toString();
    }

    /** Rates as 0.000, money to five places, counts and milliseconds as whole numbers. */
    private static String fmt(String key, double v) {
        if (key.equals("cost.usdPerCall")) {
            return String.format(Locale.ROOT, "%.5f", v);
        }
        boolean rate = key.matches(".*(precision|recall|f1|Accuracy|Validity|Coverage|Resistance|Rate|Empty)");
        return String.format(Locale.ROOT, rate ? "%.3f" : "%.0f", v);
    }

    private static String json(List<EvalRunner.EngineResult> results, List<Map<String, Double>> metrics,
                               String command) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("generated", Instant.now().toString());
        root.put("command", command);
        Map<String, Object> engines = new LinkedHashMap<>();
        for (int i = 0; i < results.size(); i++) {
            EvalRunner.EngineResult r = results.get(i);
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("metrics", metrics.get(i));
            List<Map<String, Object>> calls = new ArrayList<>();
            for (CallResult c : r.calls()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", c.id());
                row.put("expected", c.items().expected());
                row.put("extracted", c.items().extracted());
                row.put("matched", c.items().matched());
                row.put("ownerCorrect", c.items().ownerCorrect());
                row.put("dueCorrect", c.items().dueCorrect());
                row.put("citations", c.items().evidence());
                row.put("citationsValid", c.items().evidenceValid());
                row.put("mustMention", c.mustMention());
                row.put("missingMentions", c.missingMentions());
                row.put("violations", c.violations());
                row.put("ownVerdict", c.checked() ? c.ownVerdict().name() : null);
                row.put("ownFindings", c.ownFindings());
                row.put("notes", c.items().notes());
                Map<String, Long> stages = new LinkedHashMap<>();
                for (int s = 0; s < CallResult.STAGES.size(); s++) {
                    stages.put(CallResult.STAGES.get(s), c.stageMs()[s]);
                }
                row.put("stageMs", stages);
                row.put("tokensIn", c.tokensIn());
                row.put("tokensOut", c.tokensOut());
                row.put("costUsd", c.costUsd());
                row.put("error", c.error());
                calls.add(row);
            }
            e.put("calls", calls);
            if (r.verifierSet() != null) {
                e.put("verifierSetWrong", r.verifierSet().wrong());
            }
            engines.put(r.engine(), e);
        }
        root.put("engines", engines);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
    }

    private static String details(EvalRunner.EngineResult r) {
        StringBuilder d = new StringBuilder("# Every golden call: ").append(r.engine()).append("\n");
        for (CallResult c : r.calls()) {
            d.append("\n## ").append(c.id()).append('\n');
            if (c.error() != null) {
                d.append("\nERROR ").append(c.error()).append('\n');
                continue;
            }
            d.append("\nItems:\n");
            for (ActionItem i : c.extracted()) {
                d.append("- ").append(i.owner()).append(" | ").append(i.task()).append(" | due ").append(i.dueDate())
                        .append(" (").append(i.dueText()).append(") | ")
                        .append(i.evidence().stream().map(e -> e.utteranceId()).toList()).append('\n');
            }
            c.items().notes().forEach(n -> d.append("- NOTE ").append(n).append('\n'));
            c.missingMentions().forEach(n -> d.append("- NOT MENTIONED ").append(n).append('\n'));
            c.violations().forEach(n -> d.append("- VIOLATION ").append(n).append('\n'));
            d.append("\nVerifier on own output: ").append(c.checked() ? c.ownVerdict() : "not checked").append('\n');
            c.ownFindings().forEach(f -> d.append("- ").append(f).append('\n'));
            d.append("\nDraft:\n\n```\nSubject: ").append(c.draft().subject()).append("\n\n").append(c.draft().body())
                    .append("\n```\n");
        }
        if (r.verifierSet() != null && !r.verifierSet().wrong().isEmpty()) {
            d.append("\n# Verifier set: wrong verdicts\n\n");
            r.verifierSet().wrong().forEach(w -> d.append("- ").append(w).append('\n'));
        }
        return d.toString();
    }
}
