package dev.followthrough.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.followthrough.call.AnalysisOutcome;
import dev.followthrough.call.CallInput;
import dev.followthrough.core.CallContext;
import dev.followthrough.core.Participant;
import dev.followthrough.core.Transcript;
import dev.followthrough.extraction.ActionItemExtractor;
import dev.followthrough.ingest.TranscriptParser;
import dev.followthrough.pipeline.CallAnalyser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real application with the LLM engine on (Ollama provider, replayed by MockWebServer): the LLM beans take
 * over from the real offline ones, one request serves extraction and drafting of a sample call, and the injection
 * sample is flagged. The fake provider answers from the prompt it receives: one action item citing the first
 * substantial utterance, a short draft greeting its speaker.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:llmpipeline;DB_CLOSE_DELAY=-1",
        "followthrough.data-dir=target/llmpipeline",
        "followthrough.inbox=target/llmpipeline/inbox",
        "followthrough.run-on-start=false",
        "followthrough.samples.import-on-start=false",
        "followthrough.schedule.enabled=false",
        "followthrough.admin-password=llm-test-password",
        "followthrough.llm.provider=ollama",
        "followthrough.llm.model=llama3.1"
})
class LlmPipelineTest {

    private static final Pattern LINE = Pattern.compile("(?m)^\\[(u\\d+)[^\\]]*] ([^:\\n]+): (.+)$");
    private static final AtomicInteger ANALYSES = new AtomicInteger();
    private static final AtomicInteger JUDGED = new AtomicInteger();
    private static final MockWebServer SERVER = start();

    @Autowired
    CallAnalyser analyser;
    @Autowired
    ActionItemExtractor extractor;
    @Autowired
    TranscriptParser parser;
    @Autowired
    LlmReviewFlags flags;
    @Autowired
    LlmStatus status;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("followthrough.llm.base-url", () -> SERVER.url("/").toString().replaceAll("/$", ""));
    }

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Test
    void llmEngineRunsOneRequestPerCallInsideTheRealPipeline() throws Exception {
        assertThat(extractor).isInstanceOf(LlmActionItemExtractor.class);
        assertThat(status.enabled()).isTrue();
        int before = ANALYSES.get();
        int judgedBefore = JUDGED.get();

        AnalysisOutcome outcome = analyser.analyse(input("01-discovery-acme-logistics.vtt", "Acme Logistics"));

        assertThat(ANALYSES.get() - before).as("extraction and drafting share one request").isEqualTo(1);
        int judged = JUDGED.get() - judgedBefore;
        assertThat(judged).as("the LLM judge is asked about the action item the offline check passed").isEqualTo(1);
        assertThat(outcome.check().usage().engine()).isEqualTo(LlmJudgedDraftVerifier.ENGINE);
        assertThat(outcome.actionItems()).singleElement().satisfies(item -> {
            assertThat(item.task()).startsWith("Follow up on what was said at ");
            assertThat(item.evidence()).singleElement().satisfies(e -> assertThat(e.utteranceId()).matches("u\\d+"));
        });
        assertThat(outcome.draft().body()).startsWith("Hi ");
        assertThat(outcome.usage().tokensIn()).as("the analysis and the judge's request").isEqualTo(1500 * (1 + judged));
        assertThat(outcome.usage().engine()).as("LLM stages plus the offline check").isIn("llm", "mixed");
        assertThat(outcome.check()).isNotNull();
    }

    @Test
    void injectionSampleIsFlaggedForReview() throws Exception {
        CallInput in = input("07-injection-pinecrest-insurance.vtt", "Pinecrest Mutual Insurance");

        analyser.analyse(in);

        assertThat(flags.findingsFor(in.transcript())).isNotEmpty()
                .allSatisfy(f -> assertThat(f.kind()).isEqualTo("injection"));
    }

    private CallInput input(String file, String customer) throws IOException {
        Path path = Path.of("sample-transcripts", file);
        Transcript t = parser.parse(Files.readAllBytes(path), file, null).transcript();
        CallContext ctx = new CallContext(LocalDate.of(2026, 11, 3), "Dana Reyes", "dana.reyes@northwind.example",
                List.of("Dana"), List.of(new Participant("Dana Reyes", "dana.reyes@northwind.example", Participant.Role.REP)),
                customer, "Sample call");
        return new CallInput(1L, t, ctx, null);
    }

    private static MockWebServer start() {
        MockWebServer server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                        .body(LlmFixtures.ollama(answer(request), 1500, 250)).build();
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return server;
    }

    /** A valid answer for whatever transcript the prompt carries: an analysis, or the judge's verdict on a claim. */
    private static String answer(RecordedRequest request) {
        try {
            JsonNode body = LlmFixtures.JSON.readTree(request.getBody().utf8());
            String user = body.at("/messages/1/content").asText();
            Matcher m = LINE.matcher(user);
            if (user.contains("<<<CLAIM")) {
                JUDGED.incrementAndGet();
                ObjectNode verdict = LlmFixtures.JSON.createObjectNode();
                verdict.put("status", "SUPPORTED");
                verdict.put("reason", "Said on the call.");
                var ids = verdict.putArray("utteranceIds");
                if (m.find()) {
                    ids.add(m.group(1));
                }
                return verdict.toString();
            }
            ANALYSES.incrementAndGet();
            while (m.find()) {
                String[] words = m.group(3).strip().split("\\s+");
                if (words.length >= 6) {
                    String speaker = m.group(2).strip();
                    ObjectNode root = LlmFixtures.JSON.createObjectNode();
                    ObjectNode item = root.putArray("actionItems").addObject();
                    item.put("owner", speaker);
                    item.put("task", "Follow up on what was said at " + m.group(1));
                    item.putNull("dueText");
                    item.putNull("dueDate");
                    ObjectNode cite = item.putArray("evidence").addObject();
                    cite.put("utteranceId", m.group(1));
                    cite.put("quote", String.join(" ", List.of(words).subList(0, 6)));
                    ObjectNode draft = root.putObject("draft");
                    draft.put("subject", "Thanks for today");
                    draft.put("body", "Hi " + speaker.split(" ")[0] + ",\n\nThanks for the call today.\n\nBest regards");
                    root.put("injectionSuspected", false);
                    root.putNull("injectionNote");
                    return root.toString();
                }
            }
            return "{}";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
