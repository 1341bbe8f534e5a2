package dev.followthrough.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.drafting.StyleProfile;
import dev.followthrough.drafting.offline.RuleBasedStyleProfiler;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/** The rep's own sent emails and learned profile reach the prompt, after the transcript. */
class RepVoicePromptTest {

    @Test
    void sampleEmailsAndProfileOfTheRepAreInThePrompt() throws Exception {
        Path reps = Path.of("sample-transcripts", "reps");
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            LlmProperties p = LlmFixtures.props("openai", server.url("/v1").toString(), Duration.ofSeconds(5),
                    new BigDecimal("0.40"), new BigDecimal("1.60"), 0, 3, reps.toString());
            RuleBasedStyleProfiler profiler = new RuleBasedStyleProfiler();
            LlmEngine e = new LlmEngine(p, new BudgetProperties(BigDecimal.ZERO, BigDecimal.ZERO), Optional.of(profiler));
            server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                    .body(LlmFixtures.openAi(LlmFixtures.resource("good-analysis.json"), 1000, 200)).build());

            e.drafter.draft(LlmFixtures.call(), List.of(), LlmFixtures.context(), null);

            List<String> emails = new RepSampleEmails(p).samplesFor(LlmFixtures.context());
            assertThat(emails).hasSize(3);
            StyleProfile profile = profiler.profile("Dana Reyes", emails);
            String user = LlmFixtures.JSON.readTree(server.takeRequest(5, TimeUnit.SECONDS).getBody().utf8())
                    .at("/messages/1/content").asText();
            String firstSample = Files.readString(reps.resolve("dana.reyes").resolve(
                    Files.list(reps.resolve("dana.reyes")).map(f -> f.getFileName().toString()).sorted().findFirst().orElseThrow()))
                    .strip();
            assertThat(user).contains("--- example 3 ---").doesNotContain("--- example 4 ---");
            assertThat(user).contains(firstSample.lines().skip(2).findFirst().orElseThrow());
            assertThat(user).contains("- Usual greeting ({name} = the recipient's first name): " + profile.greeting());
            assertThat(user).contains("Typical length: about " + profile.typicalWords() + " words");
            assertThat(user.indexOf("TRANSCRIPT>>>")).isLessThan(user.indexOf("--- example 1 ---"));
        }
    }
}
