package dev.followthrough.pipeline;

import dev.followthrough.call.AnalysisOutcome;

record AnalysedCall(long callId, AnalysisOutcome outcome, Long runId) {
}
