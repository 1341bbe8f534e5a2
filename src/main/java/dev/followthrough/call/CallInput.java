package dev.followthrough.call;

import dev.followthrough.core.CallContext;
import dev.followthrough.core.Transcript;

/** Everything the AI stages need to analyse one call. */
public record CallInput(long callId, Transcript transcript, CallContext context, Long repId) {
}
