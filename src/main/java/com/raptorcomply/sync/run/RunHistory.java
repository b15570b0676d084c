package com.raptorcomply.sync.run;

import com.raptorcomply.sync.warehouse.RunSummary;
import com.raptorcomply.sync.warehouse.SyncRunRepository;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Recent runs for {@code status}: the run bookkeeping joined with the steps of each run's latest execution. */
@Component
public class RunHistory {

    private final SyncRunRepository runs;
    private final JobRepository jobRepository;
    private final RunLock lock;

    RunHistory(SyncRunRepository runs, JobRepository jobRepository, RunLock lock) {
        this.runs = runs;
        this.jobRepository = jobRepository;
        this.lock = lock;
    }

    /** Over a plain DataSource, without a context: for {@code status} on a warehouse that needs no migration. */
    public static RunHistory over(DataSource dataSource, JobRepository jobRepository) {
        return new RunHistory(new SyncRunRepository(JdbcClient.create(dataSource)), jobRepository,
                new RunLock(dataSource));
    }

    /** The run holding the run lock right now, described (when it started, which process on which host). */
    public Optional<String> running() {
        return lock.holder();
    }

    public List<RunReport> recent(int limit) {
        return runs.recent(limit).stream().map(this::report).toList();
    }

    private RunReport report(RunSummary run) {
        Optional<JobExecution> execution = Optional.ofNullable(run.jobExecutionId()).map(jobRepository::getJobExecution);
        return new RunReport(run, execution.map(RunHistory::steps).orElse(List.of()), runs.driftWarnings(run.runId()));
    }

    private static List<StepReport> steps(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .sorted(Comparator.comparing(StepExecution::getId))
                .map(step -> new StepReport(step.getStepName(), step.getStatus().name(), step.getReadCount(),
                        step.getWriteCount(), duration(step.getStartTime(), step.getEndTime())))
                .toList();
    }

    private static Duration duration(LocalDateTime start, LocalDateTime end) {
        return start == null || end == null ? null : Duration.between(start, end);
    }

    /** One run, the steps of its latest execution, and how many type drift warnings (fields) the run recorded. */
    public record RunReport(RunSummary run, List<StepReport> steps, int driftWarnings) {
    }

    /**
     * A step as Spring Batch recorded it: items read and written (staged) by a pull step, and its duration (null
     * while it runs).
     */
    public record StepReport(String name, String status, long read, long written, Duration duration) {
    }
}
