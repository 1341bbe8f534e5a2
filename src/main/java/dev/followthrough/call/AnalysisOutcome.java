package dev.followthrough.call;

import dev.followthrough.core.ActionItem;
import dev.followthrough.core.CheckResult;
import dev.followthrough.core.Draft;
import dev.followthrough.core.Usage;
import java.util.List;

/** What the AI stages made of a call. */
public record AnalysisOutcome(List<ActionItem> actionItems, Draft draft, CheckResult check, Usage usage) {

    public AnalysisOutcome {
        actionItems = List.copyOf(actionItems);
    }
}
