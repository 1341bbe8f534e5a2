package dev.followthrough.pipeline;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Analyses one call. A call whose analysis throws is marked FAILED with its reason and filtered out, so
 * one broken call never fails the others; the count of such calls is kept in the step's context.
 */
class AnalyseProcessor implements ItemProcessor<Long, AnalysedCall>, StepExecutionListener {

    static final String FAILED = "followthrough.failed";

    private final CallProcessing processing;
    private StepExecution step;

    AnalyseProcessor(CallProcessing processing) {
        this.processing = processing;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.step = stepExecution;
    }

    @Override
    public AnalysedCall process(Long callId) {
        try {
            Long runId = step == null ? null : step.getJobExecutionId();
            return processing.claimAndAnalyse(callId).map(o -> new AnalysedCall(callId, o, runId)).orElse(null);
        } catch (RuntimeException e) {
            // claimAndAnalyse has recorded the reason on the call
            if (step != null) {
                step.getExecutionContext().putInt(FAILED, step.getExecutionContext().getInt(FAILED, 0) + 1);
            }
            return null;
        }
    }
}
