package dev.followthrough.pipeline;

import dev.followthrough.llm.LlmRunBudget;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/** Opens and closes the LLM's per-run budget around each run of the job. */
class RunBudgetListener implements JobExecutionListener {

    private final LlmRunBudget budget;

    RunBudgetListener(LlmRunBudget budget) {
        this.budget = budget;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        budget.beginRun(execution.getId());
    }

    @Override
    public void afterJob(JobExecution execution) {
        budget.endRun();
    }
}
