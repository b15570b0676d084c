package com.raptorcomply.sync.run;

import com.raptorcomply.sync.auth.Preflight;
import com.raptorcomply.sync.client.KeySlot;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Starts, resumes, restarts and recovers sync runs, each with the key a preflight chose (callers run
 * {@link Preflight#chooseKey()} first, before the warehouse is opened) and holding the run lock. Only the latest run may be restarted: resuming an older one would
 * merge stale lists over newer ones.
 */
@Component
public class SyncRuns {

    private static final Logger log = LoggerFactory.getLogger(SyncRuns.class);

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job syncJob;
    private final Preflight preflight;
    private final RunLock lock;

    SyncRuns(JobOperator operator, JobRepository repository, Job syncJob, Preflight preflight, RunLock lock) {
        this.operator = operator;
        this.repository = repository;
        this.syncJob = syncJob;
        this.preflight = preflight;
        this.lock = lock;
    }

    public RunOutcome start(KeySlot key, boolean dryRun, boolean allowShrink) {
        return launch(key, "the sync job could not be started",
                () -> operator.start(syncJob, SyncJobParameters.newRun(dryRun, allowShrink)));
    }

    /** Restarts the latest run when it FAILED or STOPPED, else starts a new one. */
    public RunOutcome resume(KeySlot key, boolean dryRun, boolean allowShrink) {
        Optional<JobExecution> latest = latestExecution().filter(SyncRuns::restartable);
        if (latest.isPresent()) {
            log.info("Resuming run {} (execution {} ended {})", RunIds.of(latest.get()), latest.get().getId(),
                    latest.get().getStatus());
            return restart(key, latest.get());
        }
        return start(key, dryRun, allowShrink);
    }

    public RunOutcome restartLastFailed(KeySlot key) {
        JobExecution latest = latestExecution().filter(SyncRuns::restartable).orElseThrow(() ->
                new RestartRefusedException("the latest run did not fail: nothing to restart (see 'status')"));
        return restart(key, latest);
    }

    public RunOutcome restart(KeySlot key, long executionId) {
        JobExecution execution = Optional.ofNullable(repository.getJobExecution(executionId)).orElseThrow(() ->
                new RestartRefusedException("no execution " + executionId + " (see 'status')"));
        if (!restartable(execution)) {
            throw new RestartRefusedException("execution " + executionId + " is " + execution.getStatus()
                    + ": only a FAILED or STOPPED execution can be restarted");
        }
        if (latestExecution().map(latest -> RunIds.of(latest) != RunIds.of(execution)).orElse(false)) {
            throw new RestartRefusedException("execution " + executionId + " belongs to run " + RunIds.of(execution)
                    + ", which is not the latest run: start a new run with 'sync' instead");
        }
        return restart(key, execution);
    }

    private RunOutcome restart(KeySlot key, JobExecution execution) {
        return launch(key, "execution " + execution.getId() + " could not be restarted",
                () -> operator.restart(execution));
    }

    /** The key the preflight chose, then the job under the run lock. */
    private RunOutcome launch(KeySlot key, String failure, Callable<JobExecution> job) {
        preflight.use(key);
        try (RunLock.Held held = lock.acquire()) {
            return RunOutcome.of(job.call());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(failure + ": " + e.getMessage(), e);
        }
    }

    /** Marks FAILED the executions left STARTED by a process that died; refuses while a run holds the lock. */
    public List<JobExecution> recover() {
        try (RunLock.Held held = lock.acquire()) {
            return repository.findRunningJobExecutions(SyncJobConfiguration.JOB_NAME).stream()
                    .map(operator::recover)
                    .toList();
        }
    }

    private Optional<JobExecution> latestExecution() {
        JobInstance instance = repository.getLastJobInstance(SyncJobConfiguration.JOB_NAME);
        return instance == null ? Optional.empty() : Optional.ofNullable(repository.getLastJobExecution(instance));
    }

    private static boolean restartable(JobExecution execution) {
        return execution.getStatus() == BatchStatus.FAILED || execution.getStatus() == BatchStatus.STOPPED;
    }
}
