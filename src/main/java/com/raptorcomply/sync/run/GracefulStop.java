package com.raptorcomply.sync.run;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Stops the running sync between chunks when the process is asked to end (SIGTERM: a CronJob deadline, a node
 * drain, Ctrl-C), so that the run ends STOPPED and {@code sync --resume} carries on from there. The command line
 * owns the signal and the exit; this only asks the job to stop, also when the ask comes just before it started.
 */
@Component
public class GracefulStop implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);

    private final JobOperator operator;
    private final AtomicReference<JobExecution> running = new AtomicReference<>();
    private final AtomicBoolean requested = new AtomicBoolean();

    GracefulStop(@Lazy JobOperator operator) {
        this.operator = operator;
    }

    /**
     * Asks the running execution, or the next one to start in this process, to stop after its current chunk;
     * {@code why} (a shutdown signal, a lost run lock) is logged with it.
     */
    public void stopRunning(String why) {
        requested.set(true);
        JobExecution execution = running.get();
        if (execution == null) {
            log.warn("{} before the run started: it stops before its first step", why);
            return;
        }
        log.warn("{}: stopping execution {} of run {} after its current chunk", why, execution.getId(),
                RunIds.of(execution));
        try {
            operator.stop(execution);
        } catch (Exception e) {
            log.warn("Execution {} is ending on its own: {}", execution.getId(), e.getMessage());
        }
    }

    @Override
    public void beforeJob(JobExecution execution) {
        running.set(execution);
        if (requested.get()) {
            // the job sees STOPPING before its first step and ends STOPPED without doing anything
            execution.setStatus(BatchStatus.STOPPING);
        }
    }

    @Override
    public void afterJob(JobExecution execution) {
        running.set(null);
    }
}
