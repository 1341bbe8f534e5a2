package dev.followthrough.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.followthrough.core.ActionItem;
import dev.followthrough.core.CallContext;
import dev.followthrough.core.Draft;
import dev.followthrough.core.Participant;
import dev.followthrough.core.Transcript;
import dev.followthrough.core.Usage;
import dev.followthrough.core.Utterance;
import dev.followthrough.drafting.DraftResult;
import dev.followthrough.drafting.FollowUpDrafter;
import dev.followthrough.extraction.ActionItemExtractor;
import dev.followthrough.extraction.ExtractionResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A small realistic call, the provider answer envelopes (hand-written from the documented shapes), and fakes. */
final class LlmFixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    private LlmFixtures() {
    }

    static Transcript call(String... extra) {
        List<Utterance> u = new ArrayList<>(List.of(
                utt(1, "Dana Reyes", 5, "Thanks for joining, Jordan. Let's go over the rollout plan."),
                utt(2, "Jordan Lee", 14, "Sure. Our billing contact is ap@acme.example, and you can reach me on +1 415 555 0142."),
                utt(3, "Dana Reyes", 31, "Great. I'll send the revised quote for 40 seats by Friday."),
                utt(4, "Jordan Lee", 44, "And I will get the security review started next week.")));
        for (String text : extra) {
            u.add(utt(u.size() + 1, "Jordan Lee", 60 + u.size() * 10, text));
        }
        return new Transcript(u);
    }

    static Utterance utt(int seq, String speaker, int startSec, String text) {
        return new Utterance(Utterance.idFor(seq), seq, speaker, Duration.ofSeconds(startSec),
                Duration.ofSeconds(startSec + 8), text);
    }

    static CallContext context() {
        return new CallContext(LocalDate.of(2026, 11, 3), "Dana Reyes", "dana.reyes@northwind.example", List.of("Dana"),
                List.of(new Participant("Dana Reyes", "dana.reyes@northwind.example", Participant.Role.REP),
                        new Participant("Jordan Lee", "jordan.lee@acme.example", Participant.Role.CUSTOMER)),
                "Acme Logistics", "Rollout planning");
    }

    static String resource(String name) {
        try (InputStream in = LlmFixtures.class.getResourceAsStream("/llm/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An OpenAI chat-completions answer (POST /v1/chat/completions) carrying {@code content}. */
    static String openAi(String content, int promptTokens, int completionTokens) {
        return openAi(content, promptTokens, completionTokens, "stop");
    }

    static String openAi(String content, int promptTokens, int completionTokens, String finishReason) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT");
        root.put("object", "chat.completion");
        root.put("created", 1764583000);
        root.put("model", "gpt-4.1-mini-2025-04-14");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        message.put("content", content);
        message.putNull("refusal");
        message.putArray("annotations");
        choice.putNull("logprobs");
        choice.put("finish_reason", finishReason);
        ObjectNode usage = root.putObject("usage");
        usage.put("prompt_tokens", promptTokens);
        usage.put("completion_tokens", completionTokens);
        usage.put("total_tokens", promptTokens + completionTokens);
        usage.putObject("prompt_tokens_details").put("cached_tokens", 0).put("audio_tokens", 0);
        usage.putObject("completion_tokens_details").put("reasoning_tokens", 0).put("audio_tokens", 0)
                .put("accepted_prediction_tokens", 0).put("rejected_prediction_tokens", 0);
        root.put("service_tier", "default");
        root.put("system_fingerprint", "fp_6f2eabb9a5");
        return root.toString();
    }

    /** An Anthropic Messages answer (POST /v1/messages). */
    static String anthropic(String content, int in, int out) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "msg_01XFDUDYJgAACzvnptvVoYEL");
        root.put("type", "message");
        root.put("role", "assistant");
        root.put("model", "claude-sonnet-4-5-20250929");
        ObjectNode block = root.putArray("content").addObject();
        block.put("type", "text");
        block.put("text", content);
        root.put("stop_reason", "end_turn");
        root.putNull("stop_sequence");
        ObjectNode usage = root.putObject("usage");
        usage.put("input_tokens", in);
        usage.put("cache_creation_input_tokens", 0);
        usage.put("cache_read_input_tokens", 0);
        usage.put("output_tokens", out);
        return root.toString();
    }

    /** An Ollama native answer (POST /api/chat, stream false). */
    static String ollama(String content, int in, int out) {
        ObjectNode root = JSON.createObjectNode();
        root.put("model", "llama3.1");
        root.put("created_at", "2026-12-01T10:15:30.123456Z");
        ObjectNode message = root.putObject("message");
        message.put("role", "assistant");
        message.put("content", content);
        root.put("done_reason", "stop");
        root.put("done", true);
        root.put("total_duration", 4_935_886_791L);
        root.put("load_duration", 534_986_708L);
        root.put("prompt_eval_count", in);
        root.put("prompt_eval_duration", 107_345_000L);
        root.put("eval_count", out);
        root.put("eval_duration", 4_289_432_000L);
        return root.toString();
    }

    static LlmProperties props(String provider, String baseUrl, Duration timeout, BigDecimal in, BigDecimal out) {
        return props(provider, baseUrl, timeout, in, out, 2, 3);
    }

    static LlmProperties props(String provider, String baseUrl, Duration timeout, BigDecimal in, BigDecimal out,
                               int maxRetries, int breakerFailures) {
        return props(provider, baseUrl, timeout, in, out, maxRetries, breakerFailures, "does-not-exist");
    }

    static LlmProperties props(String provider, String baseUrl, Duration timeout, BigDecimal in, BigDecimal out,
                               int maxRetries, int breakerFailures, String fewShotDir) {
        return new LlmProperties(provider, baseUrl, null, "test-key", timeout, 2, 0, maxRetries, Duration.ofMillis(100),
                Duration.ofSeconds(30), breakerFailures, Duration.ofSeconds(60), 2000, 0.2, "schema",
                Map.of("gpt-4.1-mini", new LlmProperties.Price(in, out),
                        "claude-sonnet-4-5", new LlmProperties.Price(in, out),
                        "llama3.1", new LlmProperties.Price(BigDecimal.ZERO, BigDecimal.ZERO)),
                null, true, null, fewShotDir, 3);
    }

    static final class FakeOfflineExtractor implements ActionItemExtractor {
        int calls;

        @Override
        public ExtractionResult extract(Transcript transcript, CallContext context) {
            calls++;
            return new ExtractionResult(List.of(new ActionItem(null, "offline item", null, null, List.of())),
                    Usage.offline("fake-offline", 0));
        }
    }

    static final class FakeOfflineDrafter implements FollowUpDrafter {
        int calls;

        @Override
        public DraftResult draft(Transcript transcript, List<ActionItem> items, CallContext context,
                                 dev.followthrough.drafting.StyleProfile style) {
            calls++;
            return new DraftResult(new Draft("offline subject", "offline body"), Usage.offline("fake-offline", 0));
        }
    }
}
