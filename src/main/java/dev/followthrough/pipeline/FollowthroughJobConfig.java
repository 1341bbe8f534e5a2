package dev.followthrough.pipeline;

import dev.followthrough.call.CallStore;
import dev.followthrough.crm.outbox.OutboxSender;
import dev.followthrough.ingest.intake.Inbox;
import dev.followthrough.llm.LlmRunBudget;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly job: ingest the inbox, analyse every NEW call (extract, draft, check), send the CRM outbox.
 * Each step is restartable because each works from stored state (files in the inbox, call status,
 * outbox status), not from a position in a list.
 */
@Configuration
public class FollowthroughJobConfig {

    /** The job's name in Spring Batch's tables. */
    public static final String JOB = "followthrough";

    @Bean
    Job followthroughJob(JobRepository repo, Step ingestStep, Step analyseStep, Step crmSyncStep, LlmRunBudget budget) {
        return new JobBuilder(JOB, repo).listener(new RunBudgetListener(budget))
                .start(ingestStep).next(analyseStep).next(crmSyncStep).build();
    }

    @Bean
    Step ingestStep(JobRepository repo, PlatformTransactionManager tx, Inbox inbox) {
        return new StepBuilder("ingest", repo).tasklet((contribution, context) -> {
            Inbox.ScanResult r = inbox.scan();
            var ctx = context.getStepContext().getStepExecution().getExecutionContext();
            ctx.putInt("followthrough.seen", r.seen());
            ctx.putInt("followthrough.imported", r.imported());
            ctx.putInt("followthrough.duplicates", r.duplicates());
            ctx.putInt("followthrough.quarantined", r.quarantined());
            contribution.incrementReadCount();
            return RepeatStatus.FINISHED;
        }, tx).allowStartIfComplete(false).build();
    }

    @Bean
    @StepScope
    NewCallReader newCallReader(CallStore calls) {
        return new NewCallReader(calls);
    }

    @Bean
    @StepScope
    AnalyseProcessor analyseProcessor(CallProcessing processing) {
        return new AnalyseProcessor(processing);
    }

    @Bean
    Step analyseStep(JobRepository repo, PlatformTransactionManager tx, NewCallReader newCallReader,
                     AnalyseProcessor analyseProcessor, CallProcessing processing) {
        // one call per chunk: a crash loses at most the call in flight, which goes back to NEW
        return new StepBuilder("analyse", repo).<Long, AnalysedCall>chunk(1).transactionManager(tx)
                .reader(newCallReader)
                .processor(analyseProcessor)
                .writer(chunk -> chunk.forEach(a -> processing.store(a.callId(), a.outcome(), a.runId())))
                .listener(newCallReader)
                .listener(analyseProcessor)
                .build();
    }

    @Bean
    Step crmSyncStep(JobRepository repo, PlatformTransactionManager tx, OutboxSender sender) {
        return new StepBuilder("crm-sync", repo).tasklet((contribution, context) -> {
            OutboxSender.SyncReport r = sender.sendDue();
            var ctx = context.getStepContext().getStepExecution().getExecutionContext();
            ctx.putInt("followthrough.sent", r.sent());
            ctx.putInt("followthrough.waitingForCrm", r.waitingForCrm());
            ctx.putInt("followthrough.retrying", r.retrying());
            ctx.putInt("followthrough.syncFailed", r.failed());
            return RepeatStatus.FINISHED;
        }, tx).build();
    }
}
