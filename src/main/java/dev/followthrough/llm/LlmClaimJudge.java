package dev.followthrough.llm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.followthrough.core.CallContext;
import dev.followthrough.core.ClaimStatus;
import dev.followthrough.core.Transcript;
import dev.followthrough.core.Usage;
import dev.followthrough.core.Utterance;
import dev.langchain4j.model.chat.request.ResponseFormat;
import java.nio.charset.StandardCharsets;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An LLM second opinion for the grounding check (prompt {@code judge-claim.md}): is this claim SUPPORTED,
 * UNSUPPORTED or CONTRADICTED by these utterances? Exists only when a provider is configured; the verifier asks
 * for it through {@code ObjectProvider<LlmClaimJudge>} and keeps its own judgement whenever this answers empty
 * (LLM unavailable, budget reached, or an answer that does not parse or cites utterances it was not given).
 */
public class LlmClaimJudge {

    private static final Logger log = LoggerFactory.getLogger(LlmClaimJudge.class);

    /** The model's verdict on one claim, with the utterances it rests on (a subset of those given). */
    public record Judgement(ClaimStatus status, String reason, List<String> utteranceIds, Usage usage) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Raw(String status, String reason, List<String> utteranceIds) {
    }

    private static final ResponseFormat SCHEMA = AnswerSchemas.claimJudgement();

    private final ResilientChat chat;
    private final PromptLibrary prompts;
    private final LlmProperties props;
    private final Map<String, Judgement> cache = new ConcurrentHashMap<>();
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    LlmClaimJudge(ResilientChat chat, PromptLibrary prompts, LlmProperties props) {
        this.chat = chat;
        this.prompts = prompts;
        this.props = props;
    }

    public Optional<Judgement> judge(String claim, List<Utterance> evidence, CallContext ctx) {
        PiiMasker masker = new PiiMasker(props.redactPii());
        List<Utterance> masked = new ArrayList<>();
        for (Utterance u : evidence) {
            masked.add(new Utterance(u.id(), u.seq(), u.speaker() == null ? null : masker.mask(u.speaker()),
                    u.start(), u.end(), masker.mask(u.text())));
        }
        Prompt sys = prompts.get(PromptLibrary.SYSTEM);
        Prompt block = prompts.get(PromptLibrary.TRANSCRIPT);
        Prompt judge = prompts.get(PromptLibrary.JUDGE_CLAIM);
        String version = PromptLibrary.version((sys.version() + block.version() + judge.version())
                .getBytes(StandardCharsets.UTF_8));
        String user = judge.render(Map.of(
                "evidence", block.render(Map.of("utterances", CallPrompt.utterances(new Transcript(masked)))),
                "meeting_date", ctx.meetingDate() == null ? "unknown" : ctx.meetingDate().toString(),
                "meeting_weekday", ctx.meetingDate() == null ? "unknown"
                        : ctx.meetingDate().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH),
                "rep_name", ctx.repName() == null ? "unknown" : masker.mask(ctx.repName()),
                "claim", CallPrompt.clean(masker.mask(claim))));
        String system = sys.render(Map.of());
        String key = String.join("|", PromptLibrary.version((system + "\u0000" + user).getBytes(StandardCharsets.UTF_8)),
                version, chat.modelName(), PromptLibrary.JUDGE_CLAIM);
        Judgement cached = cache.get(key);
        if (cached != null) {
            Usage u = cached.usage();
            return Optional.of(new Judgement(cached.status(), cached.reason(), cached.utteranceIds(),
                    new Usage(u.engine(), u.model(), u.promptVersion(), 0, 0, java.math.BigDecimal.ZERO, 0)));
        }
        try {
            ResilientChat.Reply reply = chat.chat(system, user, SCHEMA);
            Optional<Judgement> j = parse(reply, version, evidence, masker);
            j.ifPresent(v -> cache.put(key, v));
            return j;
        } catch (LlmUnavailableException e) {
            log.info("claim judged offline only: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<Judgement> parse(ResilientChat.Reply reply, String version, List<Utterance> evidence,
                                      PiiMasker masker) {
        String text = reply.text().strip();
        int start = text.indexOf('{');
        int end = text.lastIndexOf('}');
        try {
            Raw raw = json.readValue(text.substring(start, end + 1), Raw.class);
            ClaimStatus status = ClaimStatus.valueOf(raw.status().strip().toUpperCase(Locale.ROOT));
            List<String> ids = raw.utteranceIds() == null ? List.of() : raw.utteranceIds();
            List<String> given = evidence.stream().map(Utterance::id).toList();
            if (!given.containsAll(ids) || raw.reason() == null || raw.reason().isBlank()) {
                log.info("LLM judge answer rejected: cites {} of {}, or gives no reason", ids, given);
                return Optional.empty();
            }
            Usage usage = new Usage("llm", reply.model(), version, reply.tokensIn(), reply.tokensOut(),
                    reply.costUsd(), reply.latencyMs());
            return Optional.of(new Judgement(status, masker.restore(raw.reason().strip()), List.copyOf(ids), usage));
        } catch (Exception e) {
            log.info("LLM judge answer unusable: {}", e.toString());
            return Optional.empty();
        }
    }
}
