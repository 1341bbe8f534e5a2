package dev.followthrough.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The LLM column of the report, end to end against an OpenAI-compatible endpoint replayed by MockWebServer: the
 * engine is wired from {@code followthrough.llm.*} system properties as the suite wires it for a real provider, and
 * its tokens, cost and scores reach the report. The canned answer is a correct analysis of golden call 013.
 */
class LlmEngineEvalTest {

    private static final String[] PROPS = {"followthrough.llm.provider", "followthrough.llm.base-url",
            "followthrough.llm.api-key", "followthrough.llm.model", "followthrough.llm.requests-per-minute",
            "followthrough.llm.judge.enabled"};

    private static final String ANALYSIS = """
            {"actionItems": [
              {"owner": "Naomi Harlow", "task": "Send the final artwork files", "dueText": "Monday morning",
               "dueDate": "2026-11-23", "evidence": [{"utteranceId": "u6", "quote": "I'll send the final files Monday morning"}]},
              {"owner": "Ben Carter", "task": "Send the banner proofs", "dueText": "Tuesday", "dueDate": "2026-11-24",
               "evidence": [{"utteranceId": "u5", "quote": "I'll have proofs back to you Tuesday"}]}],
             "draft": {"subject": "Winter fair banners",
               "body": "Hi Naomi,\\n\\nThanks for the call. To confirm: twelve banners, 3 by 1 meter, with grommets every 50 cm like last year.\\n\\n- You'll send the final artwork files on Monday morning.\\n- I'll have proofs back to you Tuesday.\\n\\nBest,\\nBen"},
             "injectionSuspected": false, "injectionNote": null}
            """;

    private final java.util.Properties saved = new java.util.Properties();
    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        for (String p : PROPS) {
            if (System.getProperty(p) != null) {
                saved.setProperty(p, System.getProperty(p));
            }
        }
        server = new MockWebServer();
        server.start();
        System.setProperty("followthrough.llm.provider", "openai");
        System.setProperty("followthrough.llm.base-url", server.url("/v1").toString());
        System.setProperty("followthrough.llm.api-key", "test-key");
        System.setProperty("followthrough.llm.model", "gpt-4.1-mini");
        System.setProperty("followthrough.llm.requests-per-minute", "0");
        // one replayed analysis only: the LLM judge of the grounding check has its own tests (LlmJudgedDraftVerifierTest)
        System.setProperty("followthrough.llm.judge.enabled", "false");
    }

    @AfterEach
    void stop() {
        // a run against a real provider sets these too: give them back for EvalSuiteTest
        for (String p : PROPS) {
            if (saved.containsKey(p)) {
                System.setProperty(p, saved.getProperty(p));
            } else {
                System.clearProperty(p);
            }
        }
        server.close();
    }

    @Test
    void llmEngineIsWiredFromSettingsAndItsUsageReachesTheReport() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(completion(ANALYSIS, 1500, 400)).build());
        EvalRunner runner = new EvalRunner(new EvalRunner.Settings(Path.of("src", "test", "resources", "eval", "golden"),
                Path.of("sample-transcripts"), List.of("013"), 1, false, null));

        EvalRunner.EngineResult result;
        try (Engine llm = Engines.llm()) {
            assertThat(llm.name()).isEqualTo("llm:openai/gpt-4.1-mini");
            result = runner.run(llm);
        }

        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(result.fallbacks()).as("fell back to offline").isZero();
        CallResult call = result.calls().get(0);
        assertThat(call.error()).isNull();
        assertThat(call.tokensIn()).isEqualTo(1500);
        assertThat(call.tokensOut()).isEqualTo(400);
        assertThat(call.costUsd().signum()).isPositive();
        assertThat(call.items().matched()).isEqualTo(2);
        assertThat(call.items().ownerCorrect()).isEqualTo(2);
        assertThat(call.items().dueCorrect()).isEqualTo(2);
        assertThat(call.missingMentions()).isEmpty();
        Map<String, Double> m = Metrics.of(result);
        assertThat(m.get("items.f1")).isEqualTo(1.0);
        assertThat(m.get("cost.tokensInPerCall")).isEqualTo(1500.0);
        assertThat(ReportWriter.markdown(List.of(result), List.of(m), "test")).contains("| llm:openai/gpt-4.1-mini |");
    }

    @Test
    void namingAProviderWithoutAKeyFailsInsteadOfMeasuringTheOfflineEngine() {
        System.clearProperty("followthrough.llm.api-key");
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("OPENAI_API_KEY") == null
                && System.getenv("FOLLOWTHROUGH_LLM_API_KEY") == null);
        org.assertj.core.api.Assertions.assertThatThrownBy(Engines::llm).hasMessageContaining("LLM engine is off");
    }

    private static String completion(String content, int in, int out) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("id", "chatcmpl-eval");
        root.put("object", "chat.completion");
        root.put("created", 1764583000);
        root.put("model", "gpt-4.1-mini-2025-04-14");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content);
        choice.put("finish_reason", "stop");
        root.putObject("usage").put("prompt_tokens", in).put("completion_tokens", out).put("total_tokens", in + out);
        return json.writeValueAsString(root);
    }
}
