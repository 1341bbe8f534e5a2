package dev.followthrough.drafting;

import dev.followthrough.core.Draft;
import dev.followthrough.core.Usage;

public record DraftResult(Draft draft, Usage usage) {
}
