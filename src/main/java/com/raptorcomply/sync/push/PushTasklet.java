package com.raptorcomply.sync.push;

import com.raptorcomply.sync.client.RaptorComplyClient;
import com.raptorcomply.sync.run.RunIds;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Sends this run's planned rows, {@code concurrency} at a time ({@link SendWindows}). Restartable from the ledger
 * alone: a restart first settles the rows a dead process left {@code sent}, then sends only what is still
 * {@code planned}, so a {@code done} row is never sent again. Unknown outcomes of this attempt are settled at its end.
 */
final class PushTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(PushTasklet.class);

    private final RaptorComplyClient client;
    private final Settler settler;
    private final PushLedger ledger;
    private final SendWindows windows;
    private final int concurrency;

    PushTasklet(RaptorComplyClient client, Settler settler, PushLedger ledger, SendWindows windows, int concurrency) {
        this.client = client;
        this.settler = settler;
        this.ledger = ledger;
        this.windows = windows;
        this.concurrency = concurrency;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        long runId = RunIds.of(step);
        settler.settle(runId, true);
        List<LedgerRow> planned = ledger.planned(runId);
        log.info("Push: sending {} planned write(s), {} at a time", planned.size(), concurrency);
        long started = System.nanoTime();
        sendAll(runId, planned, step);
        log.info("Push: {} write(s) sent in {} s", planned.size(),
                String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9));
        settler.settle(runId, false);
        return RepeatStatus.FINISHED;
    }

    private void sendAll(long runId, List<LedgerRow> planned, StepExecution step) throws Exception {
        windows.sendAll(runId, planned, AssetFields.of(client.dialect()), step::isTerminateOnly);
        if (step.isTerminateOnly()) {
            throw new JobInterruptedException("push stopped before every planned write was sent");
        }
    }
}
