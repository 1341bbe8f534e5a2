package dev.followthrough.admin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Service;
import dev.followthrough.pipeline.FollowthroughJobConfig;

/** Reads the job's runs and their progress from Spring Batch's job repository. */
@Service
public class JobHistory {

    private final JobRepository repository;

    JobHistory(JobRepository repository) {
        this.repository = repository;
    }

    public List<RunView> recent(int max) {
        List<RunView> out = new ArrayList<>();
        for (JobInstance instance : repository.getJobInstances(FollowthroughJobConfig.JOB, 0, max)) {
            List<JobExecution> executions = new ArrayList<>(repository.getJobExecutions(instance));
            executions.sort(Comparator.comparingLong(JobExecution::getId));
            for (int i = 0; i < executions.size(); i++) {
                boolean latest = i == executions.size() - 1;
                out.add(view(executions.get(i), latest, i == 0 ? null : executions.get(i - 1).getId()));
            }
        }
        out.sort(Comparator.comparingLong(RunView::id).reversed());
        return out.size() > max ? out.subList(0, max) : out;
    }

    public Optional<RunView> get(long executionId) {
        return recent(500).stream().filter(r -> r.id() == executionId).findFirst();
    }

    private RunView view(JobExecution e, boolean latestOfInstance, Long restartOf) {
        ExecutionContext ingest = context(e, "ingest");
        ExecutionContext analyse = context(e, "analyse");
        ExecutionContext crm = context(e, "crm-sync");
        StepExecution analyseStep = step(e, "analyse");
        int total = analyse.getInt("followthrough.total", 0);
        int failed = analyse.getInt("followthrough.failed", 0);
        int processed = analyseStep == null ? 0 : (int) analyseStep.getWriteCount();
        int done = analyseStep == null ? 0 : (int) (analyseStep.getWriteCount() + analyseStep.getFilterCount());
        String current = e.getStepExecutions().stream()
                .filter(s -> s.getStatus() == BatchStatus.STARTED).map(StepExecution::getStepName).findFirst()
                .orElse(null);
        int progress = progress(e, current, total, done);
        String trigger = e.getJobParameters().getString("trigger");
        boolean restartable = latestOfInstance
                && (e.getStatus() == BatchStatus.FAILED || e.getStatus() == BatchStatus.STOPPED);
        String exit = e.getExitStatus().getExitDescription();
        return new RunView(e.getId(), e.getStatus().name(), trigger, e.getStartTime(), e.getEndTime(), current,
                ingest.getInt("followthrough.seen", 0), ingest.getInt("followthrough.imported", 0),
                ingest.getInt("followthrough.duplicates", 0), ingest.getInt("followthrough.quarantined", 0),
                total, done, processed, failed, crm.getInt("followthrough.sent", 0),
                crm.getInt("followthrough.waitingForCrm", 0), progress,
                exit == null || exit.isBlank() ? null : firstLine(exit), restartable, restartOf);
    }

    private static int progress(JobExecution e, String current, int total, int done) {
        if (!e.getStatus().isRunning()) {
            return e.getStatus() == BatchStatus.COMPLETED ? 100 : Math.min(99, total == 0 ? 0 : 10 + 80 * done / total);
        }
        if (current == null || current.equals("ingest")) {
            return 5;
        }
        if (current.equals("analyse")) {
            return total == 0 ? 10 : 10 + 80 * done / total;
        }
        return 95;
    }

    private static StepExecution step(JobExecution e, String name) {
        return e.getStepExecutions().stream().filter(s -> s.getStepName().equals(name))
                .max(Comparator.comparingLong(StepExecution::getId)).orElse(null);
    }

    private static ExecutionContext context(JobExecution e, String name) {
        StepExecution s = step(e, name);
        return s == null ? new ExecutionContext() : s.getExecutionContext();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 299) + "…" : line;
    }
}
