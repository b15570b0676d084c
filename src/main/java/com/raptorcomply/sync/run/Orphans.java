package com.raptorcomply.sync.run;

import com.raptorcomply.sync.warehouse.RunStatus;
import com.raptorcomply.sync.warehouse.SyncRunRepository;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Executions left STARTED by a process that died (kill -9, OOM, a lost node). Callers hold the run lock, so no
 * live process owns them. Each is marked FAILED in Spring Batch and in {@code raptor.sync_run} in one
 * transaction: {@code status} never sees the two disagree.
 */
@Component
class Orphans {

    private static final Logger log = LoggerFactory.getLogger(Orphans.class);

    private final JobOperator operator;
    private final JobRepository repository;
    private final SyncRunRepository runs;
    private final TransactionTemplate transaction;

    Orphans(JobOperator operator, JobRepository repository, SyncRunRepository runs,
            PlatformTransactionManager transactionManager) {
        this.operator = operator;
        this.repository = repository;
        this.runs = runs;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Marks every orphaned execution FAILED; the caller must hold the run lock. */
    List<JobExecution> recover() {
        return repository.findRunningJobExecutions(SyncJobConfiguration.JOB_NAME).stream()
                .map(this::recover)
                .toList();
    }

    private JobExecution recover(JobExecution orphan) {
        BatchStatus left = orphan.getStatus();
        JobExecution recovered = transaction.execute(status -> {
            JobExecution failed = operator.recover(orphan);
            runs.finishIfRecorded(RunIds.of(failed), RunStatus.FAILED);
            runs.recordFailure(RunIds.of(failed), null, RunFailure.DIED);
            return failed;
        });
        log.warn("Execution {} of run {} was left {} by a process that died: marked FAILED", orphan.getId(),
                RunIds.of(orphan), left);
        return recovered;
    }
}
