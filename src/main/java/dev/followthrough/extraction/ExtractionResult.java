package dev.followthrough.extraction;

import dev.followthrough.core.ActionItem;
import dev.followthrough.core.Usage;
import java.util.List;

public record ExtractionResult(List<ActionItem> items, Usage usage) {

    public ExtractionResult {
        items = List.copyOf(items);
    }
}
