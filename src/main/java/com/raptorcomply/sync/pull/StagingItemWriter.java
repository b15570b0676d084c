package com.raptorcomply.sync.pull;

import com.raptorcomply.sync.client.ListItem;
import com.raptorcomply.sync.client.RemoteRecord;
import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.run.RunIds;
import com.raptorcomply.sync.warehouse.DriftLog;
import com.raptorcomply.sync.warehouse.StagedLists;
import com.raptorcomply.sync.warehouse.StagingWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stages a chunk of one list; rejected elements are recorded and logged with their reason. When the list was read
 * whole, its duplicate ids are rejected and logged the same way, and the rows staged recorded for the merge's
 * check; type drift, counted as it goes, is logged once per field with its count.
 */
final class StagingItemWriter implements ItemWriter<ListItem<? extends RemoteRecord>>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(StagingItemWriter.class);

    private final ResourceType type;
    private final StagingWriter staging;
    private final StagedLists lists;
    private final DriftLog drift;
    private long runId;

    StagingItemWriter(ResourceType type, StagingWriter staging, StagedLists lists, DriftLog drift) {
        this.type = type;
        this.staging = staging;
        this.lists = lists;
        this.drift = drift;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        runId = RunIds.of(stepExecution);
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (stepExecution.getStatus() == BatchStatus.COMPLETED) {
            lists.finish(runId, type, this::logRejected);
        }
        drift.describe(runId, type).forEach(line -> log.warn("Type drift in {}", line));
        return null;
    }

    @Override
    public void write(Chunk<? extends ListItem<? extends RemoteRecord>> chunk) {
        chunk.getItems().stream()
                .filter(ListItem.Rejected.class::isInstance)
                .map(ListItem.Rejected.class::cast)
                .forEach(this::logRejected);
        staging.writeItems(runId, type, chunk.getItems());
    }

    private void logRejected(ListItem.Rejected<?> rejected) {
        log.warn("{}: rejected {}", type.label(), rejected.describe());
    }
}
