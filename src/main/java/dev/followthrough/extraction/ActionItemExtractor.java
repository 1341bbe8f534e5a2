package dev.followthrough.extraction;

import dev.followthrough.core.CallContext;
import dev.followthrough.core.Transcript;

/** Finds the commitments made on a call. Every item cites the utterances it comes from. */
public interface ActionItemExtractor {

    ExtractionResult extract(Transcript transcript, CallContext context);
}
