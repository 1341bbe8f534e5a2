package dev.followthrough.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.followthrough.core.CheckResult;
import dev.followthrough.core.Draft;
import dev.followthrough.drafting.FollowUpDrafter;
import dev.followthrough.extraction.ActionItemExtractor;
import dev.followthrough.text.Embedder;
import dev.followthrough.verification.DraftVerifier;
import dev.followthrough.verification.offline.OfflineDraftVerifier;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Which grounding check the application gets, with and without an LLM, and the judge's own model. */
class LlmJudgeWiringTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(LlmConfiguration.class, LlmEngineConfiguration.class, PromptLibrary.class,
                    LlmRunBudget.class, LlmStatus.class, LlmReviewFlags.class, RepSampleEmails.class)
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .withBean("offlineActionItemExtractor", ActionItemExtractor.class, LlmFixtures.FakeOfflineExtractor::new)
            .withBean("offlineFollowUpDrafter", FollowUpDrafter.class, LlmFixtures.FakeOfflineDrafter::new)
            .withBean(OfflineDraftVerifier.class, () -> new OfflineDraftVerifier(new Embedder()));

    private static final String[] OPENAI = {"followthrough.llm.provider=openai", "followthrough.llm.api-key=sk-test",
            "followthrough.llm.base-url=http://127.0.0.1:1/v1", "followthrough.llm.model=gpt-4.1-mini"};

    @Test
    void withoutAnLlmTheOfflineVerifierIsTheOnlyCheck() {
        runner.run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(ctx.getBeansOfType(DraftVerifier.class)).hasSize(1);
            assertThat(ctx.getBean(DraftVerifier.class)).isInstanceOf(OfflineDraftVerifier.class);
            assertThat(ctx).doesNotHaveBean(LlmJudgedDraftVerifier.class).doesNotHaveBean(LlmJudgeProperties.class);
        });
    }

    @Test
    void withAnLlmTheJudgedVerifierIsPrimaryWithConservativeDefaults() {
        runner.withPropertyValues(OPENAI).run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(ctx.getBean(DraftVerifier.class)).isInstanceOf(LlmJudgedDraftVerifier.class);
            assertThat(ctx.getBean(LlmJudgedDraftVerifier.class).judgeModel()).isEqualTo("gpt-4.1-mini");
            LlmJudgeProperties judge = ctx.getBean(LlmJudgeProperties.class);
            assertThat(judge.enabled()).isTrue();
            assertThat(judge.mayClear()).isFalse();
            assertThat(judge.maxClaimsPerCall()).isEqualTo(25);
            assertThat(judge.mayClearKinds()).isEmpty();
            assertThat(ctx.getBeansOfType(ResilientChat.class)).hasSize(1);
        });
    }

    @Test
    void kindsTheJudgeMayClearAreReadFromAList() {
        runner.withPropertyValues(OPENAI).withPropertyValues("followthrough.llm.judge.may-clear=true",
                "followthrough.llm.judge.may-clear-kinds=Negation, number").run(ctx -> {
            LlmJudgeProperties judge = ctx.getBean(LlmJudgeProperties.class);
            assertThat(judge.mayClearKinds()).containsExactly("negation", "number");
            assertThat(judge.mayClearAll("NUMBER")).isTrue();
            assertThat(judge.mayClearAll("name")).isFalse();
        });
    }

    @Test
    void judgeCanBeSwitchedOffAndThenTheOfflineVerifierChecksAlone() {
        runner.withPropertyValues(OPENAI).withPropertyValues("followthrough.llm.judge.enabled=false").run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(ctx.getBean(DraftVerifier.class)).isInstanceOf(OfflineDraftVerifier.class);
            assertThat(ctx.getBean(ActionItemExtractor.class)).isInstanceOf(LlmActionItemExtractor.class);
        });
    }

    @Test
    void negativeClaimCapStopsTheStart() {
        runner.withPropertyValues(OPENAI).withPropertyValues("followthrough.llm.judge.max-claims-per-call=-1")
                .run(ctx -> assertThat(ctx).hasFailed());
    }

    /** The real offline check passes a correct claim; the judge is asked about it with the model set for it. */
    @Test
    void judgeAsksItsOwnModelAboutWhatTheRealOfflineCheckPassed() throws Exception {
        List<JsonNode> requests = new CopyOnWriteArrayList<>();
        Pattern line = Pattern.compile("(?m)^\\[(u\\d+)");
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    JsonNode body = read(request);
                    requests.add(body);
                    Matcher m = line.matcher(body.at("/messages/1/content").asText());
                    String cited = m.find() ? "\"" + m.group(1) + "\"" : "";
                    String verdict = "{\"status\":\"SUPPORTED\",\"reason\":\"Said on the call.\",\"utteranceIds\":["
                            + cited + "]}";
                    return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                            .body(LlmFixtures.openAi(verdict, 250, 20)).build();
                }
            });
            server.start();
            runner.withPropertyValues("followthrough.llm.provider=openai", "followthrough.llm.api-key=sk-test",
                            "followthrough.llm.base-url=" + server.url("/v1"), "followthrough.llm.model=gpt-4.1-mini",
                            "followthrough.llm.judge.model=gpt-4.1",
                            "followthrough.llm.prices[gpt-4.1].input=2.00", "followthrough.llm.prices[gpt-4.1].output=8.00")
                    .run(ctx -> {
                        assertThat(ctx).hasNotFailed();
                        DraftVerifier verifier = ctx.getBean(DraftVerifier.class);
                        CheckResult r = verifier.check(LlmFixtures.call(), LlmFixtures.context(),
                                new Draft(null, "I'll send the revised quote for 40 seats by Friday."), List.of());

                        assertThat(requests).isNotEmpty().allSatisfy(b ->
                                assertThat(b.get("model").asText()).isEqualTo("gpt-4.1"));
                        assertThat(requests.get(0).at("/messages/1/content").asText())
                                .contains("[u3 00:00:31] Dana Reyes:")
                                .contains("I'll send the revised quote for 40 seats by Friday.");
                        assertThat(r.usage().engine()).isEqualTo(LlmJudgedDraftVerifier.ENGINE);
                        assertThat(r.usage().model()).isEqualTo(OfflineDraftVerifier.MODEL + "+gpt-4.1");
                        // 250 x 2.00 + 20 x 8.00 per million tokens, per request
                        assertThat(r.usage().costUsd()).isEqualByComparingTo(
                                new java.math.BigDecimal("0.00066").multiply(java.math.BigDecimal.valueOf(requests.size())));
                    });
        }
    }

    private static JsonNode read(RecordedRequest request) {
        try {
            return LlmFixtures.JSON.readTree(request.getBody().utf8());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
