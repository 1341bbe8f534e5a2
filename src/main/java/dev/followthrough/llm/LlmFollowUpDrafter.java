package dev.followthrough.llm;

import dev.followthrough.core.ActionItem;
import dev.followthrough.core.CallContext;
import dev.followthrough.core.Transcript;
import dev.followthrough.drafting.DraftResult;
import dev.followthrough.drafting.FollowUpDrafter;
import dev.followthrough.drafting.StyleProfile;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The follow-up draft from the same one-pass analysis as {@link LlmActionItemExtractor} (no second call when
 * the extractor already ran on this transcript). The model writes in the voice learned from the rep's sample
 * emails; the {@code style} given here is used only by the offline fallback. The draft lists the model's own
 * action items, which are the ones stored unless the extraction fell back to offline.
 */
public class LlmFollowUpDrafter implements FollowUpDrafter {

    private static final Logger log = LoggerFactory.getLogger(LlmFollowUpDrafter.class);

    private final LlmCallAnalyser analyser;
    private final LlmStatus status;
    private final FollowUpDrafter offline;

    LlmFollowUpDrafter(LlmCallAnalyser analyser, FollowUpDrafter offline, LlmStatus status) {
        this.analyser = analyser;
        this.status = status;
        this.offline = offline;
    }

    @Override
    public DraftResult draft(Transcript transcript, List<ActionItem> actionItems, CallContext context, StyleProfile style) {
        try {
            CallAnalysis a = analyser.analyse(transcript, context);
            return new DraftResult(a.draft(), a.usage());
        } catch (LlmUnavailableException e) {
            log.warn("follow-up draft by the offline engine: {}", e.getMessage());
            status.recordFallback("draft", e.getMessage());
            return offline.draft(transcript, actionItems, context, style);
        } catch (AnalysisFailedException e) {
            log.warn("follow-up draft by the offline engine: {}", e.getMessage());
            status.recordFallback("draft", e.getMessage());
            DraftResult r = offline.draft(transcript, actionItems, context, style);
            return new DraftResult(r.draft(), e.addTo(r.usage()));
        }
    }
}
