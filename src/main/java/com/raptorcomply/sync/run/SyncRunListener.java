package com.raptorcomply.sync.run;

import com.raptorcomply.sync.auth.KeyRing;
import com.raptorcomply.sync.warehouse.RunStatus;
import com.raptorcomply.sync.warehouse.StagingWriter;
import com.raptorcomply.sync.warehouse.SyncRunRepository;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/** Keeps {@code raptor.sync_run} in step with the job: one row per run, updated by every (re)start. */
@Component
class SyncRunListener implements JobExecutionListener {

    private final SyncRunRepository runs;
    private final StagingWriter staging;
    private final KeyRing keys;

    SyncRunListener(SyncRunRepository runs, StagingWriter staging, KeyRing keys) {
        this.runs = runs;
        this.staging = staging;
        this.keys = keys;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        long runId = RunIds.of(execution);
        runs.start(runId, SyncJobParameters.isDryRun(execution.getJobParameters()), keys.activeSlot().orElse(null));
        runs.linkExecution(runId, execution.getId());
        staging.discardOtherRuns(runId);
    }

    @Override
    public void afterJob(JobExecution execution) {
        long runId = RunIds.of(execution);
        keys.activeSlot().ifPresent(slot -> runs.useKeySlot(runId, slot));
        runs.finish(runId, statusOf(execution));
        RunFailure.of(execution).ifPresent(failure -> runs.recordFailure(runId, failure.step(), failure.error()));
    }

    static RunStatus statusOf(JobExecution execution) {
        return switch (execution.getStatus()) {
            case COMPLETED -> completedStatus(execution.getExitStatus().getExitCode());
            case STOPPED, STOPPING -> RunStatus.STOPPED;
            case STARTING, STARTED -> RunStatus.STARTED;
            default -> RunStatus.FAILED;
        };
    }

    /** A safety limit ends the job COMPLETED with its own exit status. */
    private static RunStatus completedStatus(String exitCode) {
        if (StepExits.SHRINK_BLOCKED.equals(exitCode)) {
            return RunStatus.SHRINK_BLOCKED;
        }
        return StepExits.DELETE_LIMIT_BLOCKED.equals(exitCode) ? RunStatus.DELETE_LIMIT_BLOCKED : RunStatus.COMPLETED;
    }
}
