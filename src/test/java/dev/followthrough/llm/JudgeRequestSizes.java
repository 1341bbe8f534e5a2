package dev.followthrough.llm;

import dev.followthrough.core.ActionItem;
import dev.followthrough.core.CallContext;
import dev.followthrough.core.CheckResult;
import dev.followthrough.core.Draft;
import dev.followthrough.core.Transcript;
import dev.followthrough.drafting.offline.OfflineFollowUpDrafter;
import dev.followthrough.drafting.offline.RuleBasedStyleProfiler;
import dev.followthrough.extraction.offline.OfflineActionItemExtractor;
import dev.followthrough.text.Embedder;
import dev.followthrough.verification.bench.SampleCalls;
import dev.followthrough.verification.offline.OfflineDraftVerifier;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the LLM judge would be sent for the sample calls: the offline extractor, drafter and verifier on every call
 * of {@code sample-transcripts/}, then {@link LlmJudgedDraftVerifier} with its default settings against an
 * in-process model that records each request and answers SUPPORTED (so nothing is merged and every eligible claim
 * is asked). Prints, per call, the claims sent and the characters of the system and user messages. Not a test:
 * run it as described in docs/LLM.md.
 */
public final class JudgeRequestSizes {

    private static final Pattern FIRST_ID = Pattern.compile("(?m)^\\[(u\\d+)");

    private JudgeRequestSizes() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "sample-transcripts");
        Embedder embedder = new Embedder();
        OfflineActionItemExtractor extractor = new OfflineActionItemExtractor(embedder);
        OfflineFollowUpDrafter drafter = new OfflineFollowUpDrafter();
        RuleBasedStyleProfiler profiler = new RuleBasedStyleProfiler();
        OfflineDraftVerifier offline = new OfflineDraftVerifier(embedder);

        List<Integer> sizes = new ArrayList<>();
        ChatModel recorder = new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                int chars = request.messages().stream().mapToInt(m -> text(m).length()).sum();
                sizes.add(chars);
                String user = text(request.messages().get(request.messages().size() - 1));
                Matcher m = FIRST_ID.matcher(user);
                String ids = m.find() ? "\"" + m.group(1) + "\"" : "";
                return ChatResponse.builder()
                        .aiMessage(AiMessage.from("{\"status\":\"SUPPORTED\",\"reason\":\"Said on the call.\","
                                + "\"utteranceIds\":[" + ids + "]}"))
                        .tokenUsage(new TokenUsage(0, 0)).build();
            }
        };
        LlmProperties props = new LlmProperties("openai", null, null, "k", Duration.ofSeconds(60), 2, 0, 0,
                Duration.ofMillis(1), Duration.ofSeconds(30), 3, Duration.ofSeconds(60), 4000, 0.2, "schema",
                Map.of(), null, true, null, "x", 0);
        LlmJudgeProperties settings = new LlmJudgeProperties(true, null, false, 25, List.of());
        ResilientChat chat = new ResilientChat(recorder, props, new LlmRunBudget(
                new BudgetProperties(BigDecimal.ZERO, BigDecimal.ZERO), new SimpleMeterRegistry(), Clock.systemUTC()),
                Clock.systemUTC(), d -> { });
        LlmJudgedDraftVerifier judged = new LlmJudgedDraftVerifier(offline, offline::search,
                new LlmClaimJudge(chat, new PromptLibrary(props), props), settings, props.effectiveModel(), null);

        List<SampleCalls.Call> calls = SampleCalls.load(dir);
        int totalRequests = 0;
        long totalChars = 0;
        for (SampleCalls.Call call : calls) {
            Transcript t = call.transcript();
            CallContext ctx = call.context();
            List<ActionItem> items = extractor.extract(t, ctx).items();
            Draft draft = drafter.draft(t, items, ctx, profiler.profile(ctx.repName(), List.of())).draft();
            sizes.clear();
            CheckResult r = judged.check(t, ctx, draft, items);
            long chars = sizes.stream().mapToLong(Integer::longValue).sum();
            System.out.printf("%s: %d claims checked offline, %d sent to the judge, %,d characters (largest %,d)%n",
                    call.name(), r.findings().stream().map(f -> f.source() + "|" + f.claim()).distinct().count(),
                    sizes.size(), chars, sizes.stream().mapToInt(Integer::intValue).max().orElse(0));
            totalRequests += sizes.size();
            totalChars += chars;
        }
        System.out.printf("%n%d calls, %d judge requests, %,d characters in all (about %,d input tokens at 4"
                + " characters a token)%n", calls.size(), totalRequests, totalChars, totalChars / 4);
    }

    private static String text(ChatMessage m) {
        if (m instanceof SystemMessage s) {
            return s.text();
        }
        return m instanceof UserMessage u ? u.singleText() : "";
    }
}
