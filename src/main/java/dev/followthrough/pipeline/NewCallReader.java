package dev.followthrough.pipeline;

import dev.followthrough.call.CallStatus;
import dev.followthrough.call.CallStore;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemReader;

/**
 * Reads the ids of the calls waiting for analysis, as the database has them when the step starts. Its
 * position is the calls' status, not a saved offset: on a restart, the calls already analysed are no
 * longer NEW, so no call is done twice and none is skipped.
 */
class NewCallReader implements ItemReader<Long>, StepExecutionListener {

    static final String TOTAL = "followthrough.total";

    private final CallStore calls;
    private final Deque<Long> queue = new ArrayDeque<>();

    NewCallReader(CallStore calls) {
        this.calls = calls;
    }

    @Override
    public void beforeStep(StepExecution step) {
        int released = calls.releaseStaleClaims(Duration.ofMinutes(30));
        queue.clear();
        queue.addAll(calls.idsWithStatus(CallStatus.NEW));
        step.getExecutionContext().putInt(TOTAL, queue.size());
        if (released > 0) {
            step.getExecutionContext().putInt("followthrough.released", released);
        }
    }

    @Override
    public Long read() {
        return queue.poll();
    }
}
