package dev.followthrough.llm;

import static dev.followthrough.llm.LlmFixtures.call;
import static dev.followthrough.llm.LlmFixtures.context;
import static dev.followthrough.llm.LlmFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.followthrough.extraction.ExtractionResult;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The same engine on Anthropic's Messages API and Ollama's native /api/chat. */
class AnthropicAndOllamaEngineTest {

    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static BudgetProperties noBudget() {
        return new BudgetProperties(BigDecimal.ZERO, BigDecimal.ZERO);
    }

    @Test
    void anthropicAnswerIsParsedWithUsageAndCost() throws Exception {
        LlmProperties p = LlmFixtures.props("anthropic", server.url("/v1/").toString(), Duration.ofSeconds(5),
                new BigDecimal("3.00"), new BigDecimal("15.00"));
        LlmEngine e = new LlmEngine(p, noBudget());
        // Anthropic has no JSON mode: models sometimes wrap the object in a code fence; it must still parse
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(LlmFixtures.anthropic("```json\n" + resource("good-analysis.json") + "\n```", 2000, 400)).build());

        ExtractionResult r = e.extractor.extract(call(), context());

        assertThat(r.usage().engine()).isEqualTo("llm");
        assertThat(r.usage().model()).isEqualTo("claude-sonnet-4-5");
        assertThat(r.usage().tokensIn()).isEqualTo(2000);
        assertThat(r.usage().tokensOut()).isEqualTo(400);
        // 2000 * 3 / 1M + 400 * 15 / 1M
        assertThat(r.usage().costUsd()).isEqualByComparingTo("0.012");
        assertThat(r.items()).hasSize(2);

        RecordedRequest req = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(req.getUrl().encodedPath()).isEqualTo("/v1/messages");
        assertThat(req.getHeaders().get("x-api-key")).isEqualTo("test-key");
        JsonNode body = LlmFixtures.JSON.readTree(req.getBody().utf8());
        assertThat(body.get("model").asText()).isEqualTo("claude-sonnet-4-5");
        assertThat(body.get("max_tokens").asInt()).isEqualTo(2000);
        assertThat(body.toString()).as("system prompt marked for Anthropic prompt caching").contains("cache_control");
        assertThat(body.at("/messages/0/role").asText()).isEqualTo("user");
        assertThat(body.toString()).doesNotContain("ap@acme.example");
    }

    @Test
    void anthropicOverloadedIsRetried() {
        LlmProperties p = LlmFixtures.props("anthropic", server.url("/v1/").toString(), Duration.ofSeconds(5),
                new BigDecimal("3.00"), new BigDecimal("15.00"));
        LlmEngine e = new LlmEngine(p, noBudget());
        server.enqueue(new MockResponse.Builder().code(529).addHeader("Retry-After", "1")
                .body("{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}").build());
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(LlmFixtures.anthropic(resource("good-analysis.json"), 2000, 400)).build());

        ExtractionResult r = e.extractor.extract(call(), context());

        assertThat(r.usage().engine()).isEqualTo("llm");
        assertThat(e.sleeps).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void ollamaAnswerIsParsedWithTokenCounts() throws Exception {
        LlmProperties p = LlmFixtures.props("ollama", server.url("/").toString().replaceAll("/$", ""),
                Duration.ofSeconds(5), BigDecimal.ZERO, BigDecimal.ZERO);
        LlmEngine e = new LlmEngine(p, noBudget());
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(LlmFixtures.ollama(resource("good-analysis.json"), 1800, 350)).build());

        ExtractionResult r = e.extractor.extract(call(), context());

        assertThat(r.usage().engine()).isEqualTo("llm");
        assertThat(r.usage().model()).isEqualTo("llama3.1");
        assertThat(r.usage().tokensIn()).isEqualTo(1800);
        assertThat(r.usage().tokensOut()).isEqualTo(350);
        assertThat(r.usage().costUsd()).isEqualByComparingTo("0");
        assertThat(r.items()).hasSize(2);

        RecordedRequest req = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(req.getUrl().encodedPath()).isEqualTo("/api/chat");
        JsonNode body = LlmFixtures.JSON.readTree(req.getBody().utf8());
        assertThat(body.get("model").asText()).isEqualTo("llama3.1");
        assertThat(body.at("/format/type").asText()).as("the answer's JSON schema").isEqualTo("object");
        assertThat(body.at("/format/properties/actionItems/type").asText()).isEqualTo("array");
        assertThat(body.get("stream").asBoolean()).isFalse();
    }

    @Test
    void ollamaNotRunningFallsBackToOffline() {
        LlmProperties p = LlmFixtures.props("ollama", "http://127.0.0.1:1", Duration.ofSeconds(2),
                BigDecimal.ZERO, BigDecimal.ZERO, 1, 3);
        LlmEngine e = new LlmEngine(p, noBudget());

        ExtractionResult r = e.extractor.extract(call(), context());

        assertThat(r.usage().engine()).isEqualTo("offline");
        assertThat(e.sleeps).as("a refused connection is retried once").hasSize(1);
    }
}
