package com.raptorcomply.sync.run;

import com.raptorcomply.sync.warehouse.RunStatus;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.job.JobExecution;

/** How one execution of a sync run ended, as the CLI reports it. */
public record RunOutcome(long runId, long executionId, RunStatus status, List<String> failures, Duration duration) {

    static RunOutcome of(JobExecution execution) {
        List<String> failures = execution.getAllFailureExceptions().stream().map(RunFailure::describe).toList();
        Duration duration = execution.getStartTime() == null || execution.getEndTime() == null ? Duration.ZERO
                : Duration.between(execution.getStartTime(), execution.getEndTime());
        return new RunOutcome(RunIds.of(execution), execution.getId(), SyncRunListener.statusOf(execution), failures,
                duration);
    }

    /** How an execution ended, in the run bookkeeping's terms (a blocked shrink included). */
    public static RunStatus statusOf(JobExecution execution) {
        return SyncRunListener.statusOf(execution);
    }

    public Optional<String> firstFailure() {
        return failures.stream().findFirst();
    }
}
