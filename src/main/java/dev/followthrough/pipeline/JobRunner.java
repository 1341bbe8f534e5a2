package dev.followthrough.pipeline;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Starts the job: one run at a time, off the caller's thread, whoever asks (startup, the nightly schedule,
 * the admin page, the API). A request while a run is going on is answered with the running execution.
 */
@Service
public class JobRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job job;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "followthrough-job");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Future<?>> current = new AtomicReference<>();

    JobRunner(JobOperator operator, JobRepository repository, Job followthroughJob) {
        this.operator = operator;
        this.repository = repository;
        this.job = followthroughJob;
    }

    /** What a start request led to. */
    public record Launch(boolean started, String message) {
    }

    public synchronized Launch start(String trigger) {
        if (isRunning()) {
            return new Launch(false, "A run is already in progress.");
        }
        JobParameters params = new JobParametersBuilder()
                .addLong("run.id", System.currentTimeMillis())
                .addString("trigger", trigger)
                .toJobParameters();
        current.set(executor.submit(() -> run(() -> operator.start(job, params), trigger)));
        return new Launch(true, "Run started (" + trigger + ").");
    }

    /** Restarts a failed or stopped execution from the step where it stopped. */
    public synchronized Launch restart(long executionId) {
        if (isRunning()) {
            return new Launch(false, "A run is already in progress.");
        }
        JobExecution e = repository.getJobExecution(executionId);
        if (e == null) {
            return new Launch(false, "No run " + executionId + ".");
        }
        if (e.getStatus() != BatchStatus.FAILED && e.getStatus() != BatchStatus.STOPPED) {
            return new Launch(false, "Run " + executionId + " is " + e.getStatus() + "; only failed or stopped runs restart.");
        }
        current.set(executor.submit(() -> run(() -> operator.restart(e), "restart of " + executionId)));
        return new Launch(true, "Restarting run " + executionId + ".");
    }

    /** Runs the job on the caller's thread and waits for it (tests, the command line). */
    public JobExecution runNow(String trigger) throws Exception {
        JobParameters params = new JobParametersBuilder()
                .addLong("run.id", System.currentTimeMillis())
                .addString("trigger", trigger)
                .toJobParameters();
        return operator.start(job, params);
    }

    public boolean isRunning() {
        Future<?> f = current.get();
        return (f != null && !f.isDone()) || !repository.findRunningJobExecutions(FollowthroughJobConfig.JOB).isEmpty();
    }

    /** Waits for the run in progress, if any (tests and the shutdown path). */
    public void awaitCurrent() throws Exception {
        Future<?> f = current.get();
        if (f != null) {
            f.get();
        }
    }

    public Optional<Future<?>> currentRun() {
        return Optional.ofNullable(current.get());
    }

    private interface Start {
        JobExecution go() throws Exception;
    }

    private void run(Start start, String trigger) {
        try {
            JobExecution e = start.go();
            log.info("Run {} ({}) ended: {}", e.getId(), trigger, e.getStatus());
        } catch (Exception ex) {
            log.error("Run ({}) could not start: {}", trigger, ex.getMessage(), ex);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
