package dev.followthrough.llm;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.followthrough.core.ActionItem;
import dev.followthrough.core.CallContext;
import dev.followthrough.core.Draft;
import dev.followthrough.core.Evidence;
import dev.followthrough.core.Transcript;
import dev.followthrough.core.Usage;
import dev.followthrough.core.Utterance;
import dev.followthrough.drafting.StyleProfile;
import dev.followthrough.drafting.StyleProfiler;
import dev.langchain4j.model.chat.request.ResponseFormat;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One call to the model per transcript for both action items and the follow-up draft: mask PII, render the
 * prompts, ask, validate (one retry with the errors), restore PII, guard the output. Results are shared by the
 * extractor and the drafter through {@link AnalysisCache}.
 */
class LlmCallAnalyser {

    private static final Logger log = LoggerFactory.getLogger(LlmCallAnalyser.class);
    static final String STAGE = "analyse-call";
    private static final ResponseFormat SCHEMA = AnswerSchemas.callAnalysis();

    private final ResilientChat chat;
    private final PromptLibrary prompts;
    private final RepSampleEmails samples;
    private final Optional<StyleProfiler> profiler;
    private final LlmProperties props;
    private final LlmReviewFlags flags;
    private final AnalysisCache cache = new AnalysisCache();
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    LlmCallAnalyser(ResilientChat chat, PromptLibrary prompts, RepSampleEmails samples,
                    Optional<StyleProfiler> profiler, LlmProperties props, LlmReviewFlags flags) {
        this.chat = chat;
        this.prompts = prompts;
        this.samples = samples;
        this.profiler = profiler;
        this.props = props;
        this.flags = flags;
    }

    /**
     * The analysis of this call, from the cache when an identical request was already answered. The first stage
     * to receive a fresh analysis carries its tokens and cost; later stages and re-runs get a zero-cost usage.
     *
     * @throws LlmUnavailableException when the provider cannot be used (budget, breaker, errors)
     * @throws AnalysisFailedException when the answer was unusable
     */
    CallAnalysis analyse(Transcript transcript, CallContext context) {
        PiiMasker masker = new PiiMasker(props.redactPii());
        Transcript masked = mask(transcript, masker);
        List<String> emails = samples.samplesFor(context);
        StyleProfile style = profile(context, emails);
        CallPrompt prompt = new CallPrompt(prompts, masked, context, style, emails, masker);
        AnalysisCache.Key key = new AnalysisCache.Key(
                PromptLibrary.version((prompt.system + "\u0000" + prompt.user).getBytes(StandardCharsets.UTF_8)),
                prompt.version, chat.modelName(), STAGE);
        return cache.get(key, () -> run(transcript, masked, context, style, prompt, masker));
    }

    private CallAnalysis run(Transcript original, Transcript masked, CallContext ctx, StyleProfile style,
                             CallPrompt prompt, PiiMasker masker) {
        for (String reason : InjectionDetector.scan(original)) {
            flags.flag(original, "possible prompt injection in the transcript: " + reason);
        }
        ResilientChat.Reply first = chat.chat(prompt.system, prompt.user, SCHEMA);
        Parsed parsed = parse(first, masked);
        ResilientChat.Reply second = null;
        if (!parsed.errors.isEmpty()) {
            log.info("LLM answer failed validation, retrying once: {}", parsed.errors);
            second = chat.chat(prompt.system, prompt.withFeedback(parsed.errors), SCHEMA);
            parsed = parse(second, masked);
            if (!parsed.errors.isEmpty()) {
                throw new AnalysisFailedException("LLM answer invalid after one retry: " + parsed.errors,
                        usage(prompt, first, second));
            }
        }
        RawAnalysis raw = parsed.analysis;
        List<String> problems = new ArrayList<>();
        List<ActionItem> items = new ArrayList<>();
        for (RawAnalysis.Item item : raw.actionItems()) {
            items.add(toItem(item, original, masker, problems));
        }
        Draft draft = new Draft(restore(raw.draft().subject(), masker, problems),
                restore(raw.draft().body(), masker, problems));
        problems.addAll(OutputGuard.check(items, draft, original, ctx, style));
        if (!problems.isEmpty()) {
            flags.flag(original, "LLM output rejected by the output guard: " + String.join("; ", problems));
            throw new AnalysisFailedException("LLM output rejected: " + problems, usage(prompt, first, second));
        }
        boolean injection = Boolean.TRUE.equals(raw.injectionSuspected());
        if (injection) {
            flags.flag(original, "the model reported an instruction inside the transcript"
                    + (raw.injectionNote() == null ? "" : ": " + masker.restore(raw.injectionNote())));
        }
        return new CallAnalysis(items, draft, usage(prompt, first, second), injection);
    }

    private record Parsed(RawAnalysis analysis, List<String> errors) {
    }

    private Parsed parse(ResilientChat.Reply reply, Transcript masked) {
        Parsed parsed = parse(reply.text(), masked);
        if (reply.truncated() && !parsed.errors.isEmpty()) {
            List<String> errors = new ArrayList<>();
            errors.add("the answer was cut off at the output limit: keep the task texts short, quote 5 to 15 words,"
                    + " and keep the email to the rep's usual length");
            errors.addAll(parsed.errors);
            return new Parsed(null, errors);
        }
        return parsed;
    }

    private Parsed parse(String text, Transcript masked) {
        String body = text == null ? "" : text.strip();
        int start = body.indexOf('{');
        int end = body.lastIndexOf('}');
        if (start < 0 || end < start) {
            return new Parsed(null, List.of("the answer must be one complete JSON object; none was found"));
        }
        try {
            RawAnalysis a = json.readValue(body.substring(start, end + 1), RawAnalysis.class);
            return new Parsed(a, AnalysisValidator.validate(a, masked));
        } catch (Exception e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            int cut = msg.indexOf('\n');
            return new Parsed(null, List.of("the answer is not valid JSON of the requested shape: "
                    + (cut > 0 ? msg.substring(0, cut) : msg)));
        }
    }

    private static ActionItem toItem(RawAnalysis.Item item, Transcript original, PiiMasker masker, List<String> problems) {
        List<Evidence> evidence = new ArrayList<>();
        for (RawAnalysis.Cite c : item.evidence()) {
            Utterance u = original.byId(AnalysisValidator.cleanId(c.utteranceId())).orElseThrow();
            evidence.add(Evidence.of(u, AnalysisValidator.exactSpan(u.text(), restore(c.quote().strip(), masker, problems))));
        }
        String owner = item.owner() == null || item.owner().isBlank() ? null : restore(item.owner().strip(), masker, problems);
        String dueText = item.dueText() == null || item.dueText().isBlank() ? null : restore(item.dueText(), masker, problems);
        return new ActionItem(owner, restore(item.task().strip(), masker, problems),
                AnalysisValidator.parseDate(item.dueDate()).orElse(null), dueText, evidence);
    }

    private static String restore(String s, PiiMasker masker, List<String> problems) {
        for (String token : masker.unknownTokens(s)) {
            problems.add("the output uses the placeholder " + token + ", which stands for nothing in the call");
        }
        return masker.restore(s);
    }

    private Usage usage(CallPrompt prompt, ResilientChat.Reply first, ResilientChat.Reply second) {
        long in = first.tokensIn() + (second == null ? 0 : second.tokensIn());
        long out = first.tokensOut() + (second == null ? 0 : second.tokensOut());
        BigDecimal cost = first.costUsd().add(second == null ? BigDecimal.ZERO : second.costUsd());
        long ms = first.latencyMs() + (second == null ? 0 : second.latencyMs());
        return new Usage("llm", first.model(), prompt.version, in, out, cost, ms);
    }

    private StyleProfile profile(CallContext ctx, List<String> emails) {
        if (emails.isEmpty() || profiler.isEmpty()) {
            return null;
        }
        try {
            return profiler.get().profile(ctx.repName(), emails);
        } catch (RuntimeException e) {
            log.warn("style profile of {} failed, drafting without it: {}", ctx.repName(), e.toString());
            return null;
        }
    }

    private static Transcript mask(Transcript t, PiiMasker masker) {
        List<Utterance> out = new ArrayList<>(t.utterances().size());
        for (Utterance u : t.utterances()) {
            out.add(new Utterance(u.id(), u.seq(), u.speaker() == null ? null : masker.mask(u.speaker()),
                    u.start(), u.end(), masker.mask(u.text())));
        }
        return new Transcript(out);
    }
}
