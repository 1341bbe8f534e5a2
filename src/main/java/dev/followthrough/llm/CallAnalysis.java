package dev.followthrough.llm;

import dev.followthrough.core.ActionItem;
import dev.followthrough.core.Draft;
import dev.followthrough.core.Usage;
import java.util.List;

/** The validated, guarded, PII-restored result of one analyse-call pass. */
record CallAnalysis(List<ActionItem> items, Draft draft, Usage usage, boolean injectionSuspected) {

    CallAnalysis {
        items = List.copyOf(items);
    }
}
