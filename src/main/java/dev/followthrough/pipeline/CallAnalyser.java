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
import org.springframework.stereotype.Service;

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

    public CallAnalyser(ActionItemExtractor extractor, FollowUpDrafter drafter, DraftVerifier verifier,
                        RepDirectory reps, StyleProfiler profiler) {
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
        CheckResult check = verifier.check(in.transcript(), in.context(), draft.draft(), extraction.items());
        Usage usage = sum(extraction.usage(), draft.usage(), check.usage());
        return new AnalysisOutcome(extraction.items(), draft.draft(), check, usage);
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
