package dev.followthrough.eval;

import dev.followthrough.drafting.FollowUpDrafter;
import dev.followthrough.drafting.StyleProfiler;
import dev.followthrough.extraction.ActionItemExtractor;
import dev.followthrough.verification.DraftVerifier;
import java.util.function.LongSupplier;

/**
 * One set of stages to evaluate, as the product would run them.
 *
 * @param name      the report column ("offline", "llm:openai/gpt-4.1-mini")
 * @param fallbacks how many times an LLM stage fell back to the offline engine so far (0 offline)
 * @param warmUp    run one call untimed first, so that the embedding model's first inference is not counted as
 *                  call latency (never for an LLM engine: it would pay for a call and fill the analysis cache)
 * @param closer    releases what the engine holds (a Spring context for the LLM engine)
 */
record Engine(String name, ActionItemExtractor extractor, StyleProfiler profiler, FollowUpDrafter drafter,
              DraftVerifier verifier, LongSupplier fallbacks, boolean warmUp, AutoCloseable closer) implements AutoCloseable {

    @Override
    public void close() throws Exception {
        closer.close();
    }
}
