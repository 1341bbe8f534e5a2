package dev.followthrough.pipeline;

import dev.followthrough.FollowthroughProperties;
import dev.followthrough.call.AnalysisOutcome;
import dev.followthrough.call.CallInput;
import dev.followthrough.call.CallStatus;
import dev.followthrough.call.CallStore;
import dev.followthrough.crm.outbox.CrmOutbox;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * One call through the analysis: claim it, run the stages, store the results, queue the clean ones for the
 * CRM. Used by the batch job for every call and by the API for {@code ?sync=true} uploads.
 */
@Service
public class CallProcessing {

    private static final Logger log = LoggerFactory.getLogger(CallProcessing.class);

    private final CallStore calls;
    private final CallAnalyser analyser;
    private final CrmOutbox outbox;
    private final FollowthroughProperties props;

    CallProcessing(CallStore calls, CallAnalyser analyser, CrmOutbox outbox, FollowthroughProperties props) {
        this.calls = calls;
        this.analyser = analyser;
        this.outbox = outbox;
        this.props = props;
    }

    /** Claims and analyses a NEW call; empty when another worker has it already. */
    public Optional<AnalysisOutcome> claimAndAnalyse(long callId) {
        if (!calls.claim(callId)) {
            return Optional.empty();
        }
        try {
            return Optional.of(analyser.analyse(calls.input(callId)));
        } catch (RuntimeException e) {
            fail(callId, e);
            throw e;
        }
    }

    /** Stores an analysis and, for a clean call, queues its CRM records. */
    public CallStatus store(long callId, AnalysisOutcome outcome) {
        return store(callId, outcome, null);
    }

    /** @param runId the job execution doing the work, {@code null} for a synchronous upload */
    public CallStatus store(long callId, AnalysisOutcome outcome, Long runId) {
        CallStatus status = calls.saveAnalysis(callId, outcome, runId);
        if (status == CallStatus.CLEAN && props.autoSyncClean()) {
            queueForCrm(callId);
        }
        log.info("Call {} analysed: {} ({} action items, {} findings)", callId, status,
                outcome.actionItems().size(), outcome.check().findings().stream().filter(f -> f.isProblem()).count());
        return status;
    }

    /** Claim, analyse and store in one go; the result status, or empty when someone else is on it. */
    public Optional<CallStatus> process(long callId) {
        return claimAndAnalyse(callId).map(o -> store(callId, o));
    }

    public void queueForCrm(long callId) {
        calls.details(callId).ifPresent(d -> outbox.enqueue(d, callUrl(callId)));
    }

    public String callUrl(long callId) {
        String base = props.baseUrl().endsWith("/") ? props.baseUrl().substring(0, props.baseUrl().length() - 1)
                : props.baseUrl();
        return base + "/calls/" + callId;
    }

    /** Marks a call FAILED with a reason an admin can act on; a re-run picks it up again after requeue. */
    public void fail(long callId, Throwable e) {
        String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        log.warn("Call {} failed in analysis: {}", callId, reason);
        calls.setStatus(callId, CallStatus.FAILED, reason);
    }
}
