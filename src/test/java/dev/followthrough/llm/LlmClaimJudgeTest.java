package dev.followthrough.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.core.ClaimStatus;
import dev.followthrough.core.Utterance;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LlmClaimJudgeTest {

    private MockWebServer server;
    private LlmClaimJudge judge;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        LlmProperties p = LlmFixtures.props("openai", server.url("/v1").toString(), Duration.ofSeconds(5),
                new BigDecimal("0.40"), new BigDecimal("1.60"), 0, 3);
        LlmRunBudget budget = new LlmRunBudget(new BudgetProperties(BigDecimal.ZERO, BigDecimal.ZERO),
                new SimpleMeterRegistry(), Clock.systemUTC());
        ResilientChat chat = new ResilientChat(ChatModelFactory.create(p, "k"), p, budget, Clock.systemUTC(), d -> { });
        judge = new LlmClaimJudge(chat, new PromptLibrary(p), p);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void answer(String content) {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(LlmFixtures.openAi(content, 300, 40)).build());
    }

    @Test
    void contradictionIsReportedWithItsEvidenceAndTheClaimIsSentLast() throws Exception {
        Utterance u3 = LlmFixtures.call().utterances().get(2);
        answer("{\"status\":\"CONTRADICTED\",\"reason\":\"The call says 40 seats, the draft says 50.\",\"utteranceIds\":[\"u3\"]}");

        Optional<LlmClaimJudge.Judgement> j = judge.judge("We agreed on 50 seats.", List.of(u3), LlmFixtures.context());

        assertThat(j).hasValueSatisfying(v -> {
            assertThat(v.status()).isEqualTo(ClaimStatus.CONTRADICTED);
            assertThat(v.utteranceIds()).containsExactly("u3");
            assertThat(v.usage().tokensIn()).isEqualTo(300);
        });
        String user = LlmFixtures.JSON.readTree(server.takeRequest(5, TimeUnit.SECONDS).getBody().utf8())
                .at("/messages/1/content").asText();
        assertThat(user).startsWith("The call transcript follows.").contains("[u3 00:00:31] Dana Reyes:")
                .contains("<<<CLAIM\nWe agreed on 50 seats.\nCLAIM>>>");
    }

    @Test
    void answerCitingUtterancesItWasNotGivenIsIgnored() {
        Utterance u3 = LlmFixtures.call().utterances().get(2);
        answer("{\"status\":\"SUPPORTED\",\"reason\":\"Said on the call.\",\"utteranceIds\":[\"u17\"]}");

        assertThat(judge.judge("We agreed on 40 seats.", List.of(u3), LlmFixtures.context())).isEmpty();
    }

    @Test
    void providerDownMeansNoLlmOpinion() {
        server.enqueue(new MockResponse.Builder().code(500).body("{}").build());
        Utterance u3 = LlmFixtures.call().utterances().get(2);

        assertThat(judge.judge("We agreed on 40 seats.", List.of(u3), LlmFixtures.context())).isEmpty();
    }
}
