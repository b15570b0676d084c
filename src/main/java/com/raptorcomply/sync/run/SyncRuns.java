package com.raptorcomply.sync.run;

import com.raptorcomply.sync.auth.Preflight;
import com.raptorcomply.sync.client.KeySlot;
import com.raptorcomply.sync.warehouse.MirrorUpkeep;
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
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Starts, resumes, restarts and recovers sync runs, each with the key a preflight chose (callers run
 * {@link Preflight#chooseKey()} first, before the warehouse is opened) and holding the run lock. Only the latest
 * run may be restarted: resuming an older one would merge stale lists over newer ones.
 */
@Component
public class SyncRuns {

    private static final Logger log = LoggerFactory.getLogger(SyncRuns.class);

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job syncJob;
    private final Preflight preflight;
    private final RunLock lock;
    private final Orphans orphans;
    private final GracefulStop stop;
    private final MirrorUpkeep upkeep;

    SyncRuns(JobOperator operator, JobRepository repository, Job syncJob, Preflight preflight, RunLock lock,
            Orphans orphans, GracefulStop stop, MirrorUpkeep upkeep) {
        this.operator = operator;
        this.repository = repository;
        this.syncJob = syncJob;
        this.preflight = preflight;
        this.lock = lock;
        this.orphans = orphans;
        this.stop = stop;
        this.upkeep = upkeep;
    }

    public RunOutcome start(KeySlot key, boolean dryRun, boolean allowShrink) {
        return launch(key, () -> startNew(dryRun, allowShrink));
    }

    /** Restarts the latest run when it FAILED or STOPPED (or was orphaned by a dead process), else starts a new one. */
    public RunOutcome resume(KeySlot key, boolean dryRun, boolean allowShrink) {
        return launch(key, () -> {
            Optional<JobExecution> latest = latestExecution().filter(SyncRuns::restartable);
            if (latest.isEmpty()) {
                return startNew(dryRun, allowShrink);
            }
            log.info("Resuming run {} (execution {} ended {})", RunIds.of(latest.get()), latest.get().getId(),
                    latest.get().getStatus());
            return restart(latest.get());
        });
    }

    public RunOutcome restartLastFailed(KeySlot key) {
        return launch(key, () -> restart(latestExecution().filter(SyncRuns::restartable).orElseThrow(() ->
                new RestartRefusedException("the latest run did not fail: nothing to restart (see 'status')"))));
    }

    public RunOutcome restart(KeySlot key, long executionId) {
        return launch(key, () -> restart(restartableExecution(executionId)));
    }

    /**
     * Marks FAILED the executions left STARTED by a process that died, in Spring Batch and in the run bookkeeping
     * alike; refuses while a run holds the lock.
     */
    public List<JobExecution> recover() {
        try (HeldRunLock held = lock.acquire()) {
            return orphans.recover();
        }
    }

    private JobExecution restartableExecution(long executionId) {
        JobExecution execution = findExecution(executionId).orElseThrow(() ->
                new RestartRefusedException("no execution " + executionId + " (see 'status')"));
        if (!restartable(execution)) {
            throw new RestartRefusedException("execution " + executionId + " is " + execution.getStatus()
                    + ": only a FAILED or STOPPED execution can be restarted");
        }
        if (latestExecution().map(latest -> RunIds.of(latest) != RunIds.of(execution)).orElse(false)) {
            throw new RestartRefusedException("execution " + executionId + " belongs to run " + RunIds.of(execution)
                    + ", which is not the latest run: start a new run with 'sync' instead");
        }
        return execution;
    }

    private Optional<JobExecution> findExecution(long executionId) {
        try {
            return Optional.ofNullable(repository.getJobExecution(executionId));
        } catch (EmptyResultDataAccessException none) {
            return Optional.empty();
        }
    }

    private JobExecution startNew(boolean dryRun, boolean allowShrink) throws Exception {
        return operator.start(syncJob, SyncJobParameters.newRun(dryRun, allowShrink));
    }

    private JobExecution restart(JobExecution execution) throws Exception {
        return operator.restart(execution);
    }

    /**
     * The key the preflight chose, then, under the run lock, the orphans of dead processes recovered (this process
     * holds the lock, so any execution still STARTED has no live owner) and the job, stopped if the lock is lost.
     * Then, with the lock released, the upkeep of the tables the run's merge wrote much of, once the run has
     * completed: a run that failed may have lost the warehouse, and its resumed run does the upkeep.
     */
    private RunOutcome launch(KeySlot key, Callable<JobExecution> job) {
        preflight.use(key);
        JobExecution execution;
        try (HeldRunLock held = lock.acquire()) {
            orphans.recover();
            held.watch(() -> stop.stopRunning("Run lock lost"));
            execution = job.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the sync job could not be started: " + e.getMessage(), e);
        }
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            upkeep.afterRun(RunIds.of(execution));
        }
        return RunOutcome.of(execution);
    }

    private Optional<JobExecution> latestExecution() {
        JobInstance instance = repository.getLastJobInstance(SyncJobConfiguration.JOB_NAME);
        return instance == null ? Optional.empty() : Optional.ofNullable(repository.getLastJobExecution(instance));
    }

    private static boolean restartable(JobExecution execution) {
        return execution.getStatus() == BatchStatus.FAILED || execution.getStatus() == BatchStatus.STOPPED;
    }
}
