package dev.followthrough.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.extraction.eval.AmiCorpus;
import dev.followthrough.text.Embedder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The evaluation suite: the offline engine (and the LLM engine too when {@code followthrough.llm.provider} is set)
 * over the golden calls, the verifier's labelled set and the AMI dev meetings when that corpus is on the machine.
 * Writes target/eval/report.md, report.json and details-*.md; fails when the offline engine falls below
 * eval/thresholds.properties. System properties: {@code eval.calls} (comma-separated call id prefixes, a subset
 * for debugging: thresholds are then not enforced), {@code eval.ami} ({@code false} skips AMI, a path points at
 * another copy), {@code eval.engines} ({@code llm} runs only the LLM engine), {@code eval.asrStyle} ({@code true}
 * rewrites every turn as raw speech recognition writes it; report in target/eval/asr-style, thresholds not enforced).
 */
class EvalSuiteTest {

    @Test
    void goldenSetScoresAtLeastTheCommittedBaseline() throws Exception {
        EvalRunner.Settings settings = settings();
        List<EvalRunner.EngineResult> results = new ArrayList<>();
        Embedder embedder = new Embedder();
        boolean llmOnly = "llm".equalsIgnoreCase(System.getProperty("eval.engines", "").strip());
        if (!llmOnly) {
            try (Engine offline = Engines.offline(embedder)) {
                results.add(new EvalRunner(settings).run(offline));
            }
        }
        if (Engines.configuredProvider().isPresent()) {
            try (Engine llm = Engines.llm()) {
                results.add(new EvalRunner(settings).run(llm));
            }
        }
        assertThat(results).as("engines evaluated").isNotEmpty();
        Path out = settings.asrStyle() ? Path.of("target", "eval", "asr-style") : Path.of("target", "eval");
        ReportWriter.write(out, results, command());
        System.out.println(Files.readString(out.resolve("report.md")).lines().limit(60)
                .reduce("", (a, b) -> a + b + "\n"));

        for (EvalRunner.EngineResult r : results) {
            assertThat(r.calls()).as("golden calls run by " + r.engine()).isNotEmpty();
            assertThat(Metrics.of(r).get("errors")).as("calls that threw in " + r.engine()).isZero();
        }
        if (!llmOnly && settings.calls().isEmpty() && !settings.asrStyle()) {
            Map<String, Double> offline = Metrics.of(results.get(0));
            List<String> breaches = Thresholds.load("eval/thresholds.properties").breaches(offline);
            assertThat(breaches).as("offline engine against eval/thresholds.properties (see target/eval/report.md)")
                    .isEmpty();
        }
    }

    private static EvalRunner.Settings settings() {
        String calls = System.getProperty("eval.calls", "").strip();
        String ami = System.getProperty("eval.ami", "").strip();
        Path amiDir = ami.equalsIgnoreCase("false") ? null : ami.isEmpty() ? AmiCorpus.dir() : Path.of(ami);
        return new EvalRunner.Settings(Path.of("src", "test", "resources", "eval", "golden"),
                Path.of("sample-transcripts"),
                calls.isEmpty() ? List.of() : Arrays.stream(calls.split(",")).map(String::strip).toList(),
                Integer.getInteger("eval.checkEvery", 3), Boolean.getBoolean("eval.verifierSet"), amiDir,
                Boolean.getBoolean("eval.asrStyle"));
    }

    private static String command() {
        return System.getProperty("eval.command",
                "./mvnw -o -q -B test -Dtest=EvalSuiteTest -Dsurefire.failIfNoSpecifiedTests=false");
    }
}
