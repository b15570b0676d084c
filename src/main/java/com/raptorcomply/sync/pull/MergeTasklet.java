package com.raptorcomply.sync.pull;

import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.run.RunIds;
import com.raptorcomply.sync.run.SyncJobParameters;
import com.raptorcomply.sync.warehouse.MergeCounts;
import com.raptorcomply.sync.warehouse.MergeResult;
import com.raptorcomply.sync.warehouse.MirrorMerge;
import com.raptorcomply.sync.warehouse.RunStatus;
import com.raptorcomply.sync.warehouse.ShrinkPolicy;
import com.raptorcomply.sync.warehouse.StaleListException;
import com.raptorcomply.sync.warehouse.StagedLists;
import com.raptorcomply.sync.warehouse.StagingWriter;
import com.raptorcomply.sync.warehouse.SyncRunRepository;
import java.time.Instant;
import java.util.stream.Collectors;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Merges the four staged lists into the mirror in one transaction, once every list was read whole. When a list
 * would lose more live rows (missing or flagged isDeleted) than the shrink policy allows, the whole merge is
 * rolled back, nothing is marked deleted, and the run ends SHRINK_BLOCKED (exit 4). A list that is no longer
 * staged whole fails the step before anything is merged. Logs the rows a rejection kept and the deletions it
 * deferred.
 */
final class MergeTasklet implements Tasklet {

    public static final ExitStatus SHRINK_BLOCKED = new ExitStatus(RunStatus.SHRINK_BLOCKED.name());
    private static final Logger log = LoggerFactory.getLogger(MergeTasklet.class);

    private final MirrorMerge merge;
    private final StagingWriter staging;
    private final StagedLists lists;
    private final SyncRunRepository runs;
    private final TransactionTemplate transaction;
    private final int maxShrinkPercent;

    MergeTasklet(MirrorMerge merge, StagingWriter staging, StagedLists lists, SyncRunRepository runs,
            TransactionTemplate transaction, int maxShrinkPercent) {
        this.merge = merge;
        this.staging = staging;
        this.lists = lists;
        this.runs = runs;
        this.transaction = transaction;
        this.maxShrinkPercent = maxShrinkPercent;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var stepExecution = chunkContext.getStepContext().getStepExecution();
        long runId = RunIds.of(stepExecution);
        refuseLostLists(runId);
        var policy = new ShrinkPolicy(maxShrinkPercent, SyncJobParameters.allowsShrink(stepExecution.getJobParameters()));
        List<MergeResult> blocked = mergeOrFlagStale(runId, policy);
        if (!blocked.isEmpty()) {
            blocked.forEach(result -> log.error("Shrink guard: {}: {}. Nothing was marked deleted; rerun with"
                    + " --allow-shrink if this is expected.", result.type().label(), result.shrink().describe()));
            staging.discardRun(runId);
            contribution.setExitStatus(SHRINK_BLOCKED.addExitDescription(blocked.stream()
                    .map(result -> result.type().label() + ": " + result.shrink().describe())
                    .collect(Collectors.joining("; "))));
        }
        return RepeatStatus.FINISHED;
    }

    /**
     * Merging a list that lost rows since its pull (a database crash empties the unlogged staging table) would mark
     * every missing record deleted: such a run fails, and resuming it pulls the lost lists again.
     */
    private void refuseLostLists(long runId) {
        List<String> lost = lists.flagLost(runId);
        if (!lost.isEmpty()) {
            throw new IllegalStateException("the pulled lists are no longer all staged (did PostgreSQL restart?): "
                    + String.join("; ", lost) + ". Nothing was merged; 'sync --resume' pulls these lists again");
        }
    }

    /**
     * Merges every list in one transaction. A list staged by reference to texts the mirror no longer holds (it was
     * written since the pull) rolls the whole merge back; it is flagged lost, so that resuming pulls it again.
     */
    private List<MergeResult> mergeOrFlagStale(long runId, ShrinkPolicy policy) {
        try {
            return transaction.execute(status -> mergeAll(runId, policy, status));
        } catch (StaleListException e) {
            lists.markLost(runId, e.type());
            throw new IllegalStateException(e.getMessage() + ". Nothing was merged; 'sync --resume' pulls "
                    + e.type().label() + " again");
        }
    }

    private static void warnAboutWhatWasNotDeleted(ResourceType type, MergeCounts counts) {
        if (counts.kept() > 0) {
            log.warn("{}: {} known records kept as they were: their elements were rejected in this run",
                    type.label(), counts.kept());
        }
        if (counts.deferred() > 0) {
            log.warn("{}: deletions deferred: {} records missing from the list were not marked deleted, because"
                    + " an element without a usable id was rejected (it may be one of them)", type.label(),
                    counts.deferred());
        }
    }

    /** Merges every resource; any blocked one rolls all of them back. Returns the blocked ones. */
    private List<MergeResult> mergeAll(long runId, ShrinkPolicy policy, TransactionStatus status) {
        Instant observedAt = Instant.now();
        List<MergeResult> blocked = new ArrayList<>();
        for (ResourceType type : ResourceType.values()) {
            MergeResult result = merge.merge(runId, type, observedAt, policy);
            if (result.shrinkBlocked()) {
                blocked.add(result);
            } else {
                runs.recordCounts(runId, type, result.counts());
                log.info("{}: {}", type.label(), result.counts().describe());
                warnAboutWhatWasNotDeleted(type, result.counts());
            }
        }
        if (!blocked.isEmpty()) {
            status.setRollbackOnly();
        }
        return blocked;
    }
}
