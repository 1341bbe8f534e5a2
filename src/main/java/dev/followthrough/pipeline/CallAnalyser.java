package dev.followthrough.pipeline;

import dev.followthrough.call.AnalysisOutcome;
import dev.followthrough.call.CallInput;
import dev.followthrough.core.CheckResult;
import dev.followthrough.core.Usage;
import dev.followthrough.drafting.DraftResult;
import dev.followthrough.drafting.FollowUpDrafter;
import dev.followthrough.drafting.StyleProfile;
import dev.followthrough.drafting.StyleProfiler;
import dev.followthrough.extraction.ActionItemExtractor;
import dev.followthrough.extraction.ExtractionResult;
import dev.followthrough.rep.RepDirectory;
import dev.followthrough.verification.DraftVerifier;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import dev.followthrough.core.Finding;
import dev.followthrough.llm.LlmReviewFlags;

/**
 * Runs the AI stages on one call: extract, draft, check. Knows nothing of batch jobs or storage; the
 * verifier is handed only the transcript and the outputs, never the drafter.
 */
@Service
public class CallAnalyser {

    private final ActionItemExtractor extractor;
    private final FollowUpDrafter drafter;
    private final DraftVerifier verifier;
    private final RepDirectory reps;
    private final StyleProfiler profiler;
    private final ObjectProvider<LlmReviewFlags> llmFlags;

    public CallAnalyser(ActionItemExtractor extractor, FollowUpDrafter drafter, DraftVerifier verifier,
                        RepDirectory reps, StyleProfiler profiler, ObjectProvider<LlmReviewFlags> llmFlags) {
        this.llmFlags = llmFlags;
        this.extractor = extractor;
        this.drafter = drafter;
        this.verifier = verifier;
        this.reps = reps;
        this.profiler = profiler;
    }

    public AnalysisOutcome analyse(CallInput in) {
        ExtractionResult extraction = extractor.extract(in.transcript(), in.context());
        StyleProfile style = reps.byId(in.repId()).map(reps::style)
                .orElseGet(() -> profiler.profile(in.context().repName(), List.of()));
        DraftResult draft = drafter.draft(in.transcript(), extraction.items(), in.context(), style);
        CheckResult check = withLlmFlags(in,
                verifier.check(in.transcript(), in.context(), draft.draft(), extraction.items()));
        Usage usage = sum(extraction.usage(), draft.usage(), check.usage());
        return new AnalysisOutcome(extraction.items(), draft.draft(), check, usage);
    }

    /**
     * A transcript that speaks to an AI (a prompt injection, read out or pasted) and what the LLM stages noticed on the
     * way (an answer the output guard refused) flag the call for a human, whatever the verifier thought of the draft:
     * such a call is never synced without review.
     */
    private CheckResult withLlmFlags(CallInput in, CheckResult check) {
        LlmReviewFlags flags = llmFlags.getIfAvailable();
        List<Finding> extra = new java.util.ArrayList<>(TranscriptScreen.injectionFindings(in.transcript()));
        if (flags != null) {
            extra.addAll(flags.findingsFor(in.transcript()));
        }
        if (extra.isEmpty()) {
            return check;
        }
        List<Finding> all = new java.util.ArrayList<>(check.findings());
        all.addAll(extra);
        return CheckResult.of(all, check.usage());
    }

    private static Usage sum(Usage... parts) {
        Usage total = null;
        for (Usage u : parts) {
            if (u != null) {
                total = total == null ? u : total.plus(u);
            }
        }
        return total;
    }
}
