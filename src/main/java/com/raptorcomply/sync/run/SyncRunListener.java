package com.raptorcomply.sync.run;

import com.raptorcomply.sync.auth.KeyRing;
import com.raptorcomply.sync.client.KeySlot;
import com.raptorcomply.sync.pull.MergeTasklet;
import com.raptorcomply.sync.warehouse.SyncRunRepository;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/** Keeps {@code raptor.sync_run} in step with the job: one row per run, updated by every (re)start. */
@Component
class SyncRunListener implements JobExecutionListener {

    private final SyncRunRepository runs;
    private final KeyRing keys;

    SyncRunListener(SyncRunRepository runs, KeyRing keys) {
        this.runs = runs;
        this.keys = keys;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        runs.start(RunIds.of(execution), execution.getId(), SyncJobParameters.isDryRun(execution.getJobParameters()),
                keySlot());
    }

    @Override
    public void afterJob(JobExecution execution) {
        runs.finish(RunIds.of(execution), statusOf(execution), keySlot());
    }

    /** The slot in use at the end, which differs from the start when a key died mid-run. */
    private KeySlot keySlot() {
        return keys.activeSlot().orElse(KeySlot.PRIMARY);
    }

    static String statusOf(JobExecution execution) {
        if (execution.getStatus() == BatchStatus.COMPLETED
                && MergeTasklet.SHRINK_BLOCKED.getExitCode().equals(execution.getExitStatus().getExitCode())) {
            return MergeTasklet.SHRINK_BLOCKED.getExitCode();
        }
        return execution.getStatus().name();
    }
}
