package com.raptorcomply.sync.pull;

import com.raptorcomply.sync.run.RunIds;
import com.raptorcomply.sync.run.SyncJobParameters;
import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.warehouse.MergeCounts;
import com.raptorcomply.sync.warehouse.MirrorMerge;
import com.raptorcomply.sync.warehouse.ShrinkGuard;
import com.raptorcomply.sync.warehouse.ShrinkReport;
import com.raptorcomply.sync.warehouse.StagingWriter;
import com.raptorcomply.sync.warehouse.SyncRunRepository;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Merges the four staged lists into the mirror in one transaction, after every list was read whole. The shrink
 * guard runs first: when a list lost too many live rows nothing is merged and the run ends SHRINK_BLOCKED.
 */
public final class MergeTasklet implements Tasklet {

    public static final ExitStatus SHRINK_BLOCKED = new ExitStatus("SHRINK_BLOCKED");
    private static final Logger log = LoggerFactory.getLogger(MergeTasklet.class);

    private final ShrinkGuard shrinkGuard;
    private final MirrorMerge merge;
    private final StagingWriter staging;
    private final SyncRunRepository runs;
    private final int maxShrinkPercent;

    public MergeTasklet(ShrinkGuard shrinkGuard, MirrorMerge merge, StagingWriter staging, SyncRunRepository runs,
            int maxShrinkPercent) {
        this.shrinkGuard = shrinkGuard;
        this.merge = merge;
        this.staging = staging;
        this.runs = runs;
        this.maxShrinkPercent = maxShrinkPercent;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var stepExecution = chunkContext.getStepContext().getStepExecution();
        long runId = RunIds.of(stepExecution);
        boolean allowShrink = SyncJobParameters.allowsShrink(stepExecution.getJobParameters());
        List<ShrinkReport> shrunk = shrunkLists(runId);
        if (!shrunk.isEmpty() && !allowShrink) {
            shrunk.forEach(report -> log.error("Shrink guard: {}. Nothing was marked deleted; rerun with"
                    + " --allow-shrink if this is expected.", report.describe()));
            staging.clearRun(runId);
            contribution.setExitStatus(SHRINK_BLOCKED.addExitDescription(shrunk.get(0).describe()));
            return RepeatStatus.FINISHED;
        }
        shrunk.forEach(report -> log.warn("Shrink accepted (--allow-shrink): {}", report.describe()));
        mergeAll(runId, Instant.now());
        return RepeatStatus.FINISHED;
    }

    private List<ShrinkReport> shrunkLists(long runId) {
        return Arrays.stream(ResourceType.values())
                .map(type -> shrinkGuard.check(runId, type, maxShrinkPercent))
                .filter(ShrinkReport::exceeded)
                .toList();
    }

    private void mergeAll(long runId, Instant observedAt) {
        for (ResourceType type : ResourceType.values()) {
            MergeCounts counts = merge.merge(runId, type, observedAt);
            runs.recordCounts(runId, type, counts);
            log.info("{}: {}", type.label(), counts);
        }
    }
}
