package dev.followthrough.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.followthrough.drafting.FollowUpDrafter;
import dev.followthrough.extraction.ActionItemExtractor;
import dev.followthrough.text.Embedder;
import dev.followthrough.verification.offline.OfflineDraftVerifier;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Which beans exist with and without a provider, in a small Spring context (no web, no database). */
class LlmWiringTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(LlmConfiguration.class, LlmEngineConfiguration.class, PromptLibrary.class,
                    LlmRunBudget.class, LlmStatus.class, LlmReviewFlags.class, RepSampleEmails.class)
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .withBean("offlineActionItemExtractor", ActionItemExtractor.class, LlmFixtures.FakeOfflineExtractor::new)
            .withBean("offlineFollowUpDrafter", FollowUpDrafter.class, LlmFixtures.FakeOfflineDrafter::new)
            // the LLM verifier runs the offline one first (the embedding model loads only when a check runs)
            .withBean(OfflineDraftVerifier.class, () -> new OfflineDraftVerifier(new Embedder()));

    @Test
    void withoutProviderOnlyTheOfflineEngineExists() {
        runner.run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(ctx.getBean(ActionItemExtractor.class)).isInstanceOf(LlmFixtures.FakeOfflineExtractor.class);
            assertThat(ctx.getBean(FollowUpDrafter.class)).isInstanceOf(LlmFixtures.FakeOfflineDrafter.class);
            assertThat(ctx).doesNotHaveBean(LlmCallAnalyser.class);
            LlmStatus status = ctx.getBean(LlmStatus.class);
            assertThat(status.enabled()).isFalse();
            assertThat(status.offlineReason()).contains("no LLM provider configured");
            assertThat(status.breakerState()).isEqualTo("OFF");
            assertThat(ctx.getBean(LlmRunBudget.class)).isNotNull();
        });
    }

    @Test
    void providerWithoutKeyStaysOffline() {
        assumeTrue(System.getenv("OPENAI_API_KEY") == null, "an OPENAI_API_KEY in the environment would enable it");
        runner.withPropertyValues("followthrough.llm.provider=openai").run(ctx -> {
            assertThat(ctx).doesNotHaveBean(LlmActionItemExtractor.class);
            assertThat(ctx.getBean(LlmStatus.class).offlineReason()).contains("has no API key");
        });
    }

    @Test
    void providerWithKeyMakesTheLlmBeansPrimary() {
        runner.withPropertyValues("followthrough.llm.provider=openai", "followthrough.llm.api-key=sk-test",
                        "followthrough.llm.base-url=http://127.0.0.1:1/v1", "followthrough.llm.model=gpt-4.1-mini",
                        "followthrough.llm.prices[gpt-4.1-mini].input=0.40",
                        "followthrough.llm.prices[gpt-4.1-mini].output=1.60",
                        "followthrough.budget.per-run-usd=0.50")
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    assertThat(ctx.getBean(ActionItemExtractor.class)).isInstanceOf(LlmActionItemExtractor.class);
                    assertThat(ctx.getBean(FollowUpDrafter.class)).isInstanceOf(LlmFollowUpDrafter.class);
                    LlmStatus status = ctx.getBean(LlmStatus.class);
                    assertThat(status.enabled()).isTrue();
                    assertThat(status.model()).isEqualTo("gpt-4.1-mini");
                    assertThat(status.breakerState()).isEqualTo("CLOSED");
                    assertThat(status.budgetLimits().perRunUsd()).isEqualByComparingTo("0.50");
                    LlmProperties props = ctx.getBean(LlmProperties.class);
                    assertThat(props.prices().get("gpt-4.1-mini").output()).isEqualByComparingTo("1.60");
                    assertThat(props.maxRetries()).isEqualTo(2);
                });
    }

    @Test
    void negativeTemperatureSendsNoneAndResponseFormatCanBeSwitchedOff() {
        runner.withPropertyValues("followthrough.llm.provider=ollama", "followthrough.llm.temperature=-1",
                        "followthrough.llm.response-format=none")
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    LlmProperties props = ctx.getBean(LlmProperties.class);
                    assertThat(props.effectiveTemperature()).isNull();
                    assertThat(props.responseFormat()).isEqualTo("none");
                    assertThat(ctx.getBean(ActionItemExtractor.class)).as("Ollama needs no key")
                            .isInstanceOf(LlmActionItemExtractor.class);
                });
    }

    @Test
    void unknownProviderNameIsReportedNotIgnored() {
        runner.withPropertyValues("followthrough.llm.provider=gemini").run(ctx ->
                assertThat(ctx).hasFailed());
    }
}
