package com.raptorcomply.sync.run;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.raptorcomply.sync.warehouse.RunStatus;
import com.raptorcomply.sync.warehouse.SyncRunRepository;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Lazy;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * SIGTERM (a CronJob deadline, a node drain, Ctrl-C) during a run stops the job between chunks instead of killing
 * it: the hook asks the operator to stop, then holds the JVM until the job repository shows the execution ended,
 * so that {@code sync --resume} or {@code restart --last-failed} carries on from there.
 */
@Component
class GracefulStop implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);
    private static final Duration GRACE = Duration.ofSeconds(25);
    private static final Duration POLL = Duration.ofMillis(200);

    private final JobOperator operator;
    private final JobRepository repository;
    private final SyncRunRepository runs;
    private Thread hook;

    GracefulStop(@Lazy JobOperator operator, JobRepository repository, SyncRunRepository runs) {
        this.operator = operator;
        this.repository = repository;
        this.runs = runs;
    }

    @Override
    public synchronized void beforeJob(JobExecution execution) {
        hook = new Thread(() -> stop(execution), "sync-graceful-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public synchronized void afterJob(JobExecution execution) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it stopped this execution and waits for the repository to record the end
        }
    }

    private void stop(JobExecution execution) {
        log.warn("Shutdown signal: stopping execution {} after its current chunk", execution.getId());
        try {
            operator.stop(execution);
            awaitEnd(execution);
        } catch (Exception e) {
            log.error("Execution {} could not be stopped cleanly ({}); run 'recover' before restarting it",
                    execution.getId(), e.getMessage());
        }
    }

    private void awaitEnd(JobExecution execution) throws InterruptedException {
        long executionId = execution.getId();
        Instant deadline = Instant.now().plus(GRACE);
        while (!ended(executionId, RunIds.of(execution))) {
            if (Instant.now().isAfter(deadline)) {
                log.error("Execution {} did not stop within {} s; run 'recover' before restarting it", executionId,
                        GRACE.toSeconds());
                return;
            }
            Thread.sleep(POLL.toMillis());
        }
        log.warn("Execution {} stopped; resume it with 'sync --resume' or 'restart --last-failed'", executionId);
    }

    /**
     * Both Spring Batch and the run bookkeeping have recorded the end. A database that cannot be reached any more
     * means the command already closed it, after the job ended.
     */
    private boolean ended(long executionId, long runId) {
        try {
            return recordedEnd(executionId, runId);
        } catch (DataAccessException closed) {
            return true;
        }
    }

    private boolean recordedEnd(long executionId, long runId) {
        boolean jobEnded = !repository.getJobExecution(executionId).getStatus().isRunning();
        boolean runEnded = runs.find(runId).map(run -> !RunStatus.STARTED.name().equals(run.status())).orElse(true);
        return jobEnded && runEnded;
    }
}
