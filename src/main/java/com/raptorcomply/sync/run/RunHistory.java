package com.raptorcomply.sync.run;

import com.raptorcomply.sync.warehouse.RunSummary;
import com.raptorcomply.sync.warehouse.SyncRunRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/** Recent runs for {@code status}: the run bookkeeping joined with the steps of each run's latest execution. */
@Component
public class RunHistory {

    private final SyncRunRepository runs;
    private final JobRepository jobRepository;

    RunHistory(SyncRunRepository runs, JobRepository jobRepository) {
        this.runs = runs;
        this.jobRepository = jobRepository;
    }

    public List<RunReport> recent(int limit) {
        return runs.recent(limit).stream().map(run -> new RunReport(run, stepsOf(run))).toList();
    }

    private List<StepReport> stepsOf(RunSummary run) {
        return Optional.ofNullable(run.jobExecutionId())
                .map(jobRepository::getJobExecution)
                .map(RunHistory::steps)
                .orElse(List.of());
    }

    private static List<StepReport> steps(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .sorted(Comparator.comparing(step -> step.getId()))
                .map(step -> new StepReport(step.getStepName(), step.getStatus().name(), step.getReadCount(),
                        step.getWriteCount()))
                .toList();
    }

    /** One run and the steps of its latest execution. */
    public record RunReport(RunSummary run, List<StepReport> steps) {
    }

    /** A step as Spring Batch recorded it: items read and written (staged) by a pull step. */
    public record StepReport(String name, String status, long read, long written) {
    }
}
