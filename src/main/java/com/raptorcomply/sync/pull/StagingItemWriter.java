package com.raptorcomply.sync.pull;

import com.raptorcomply.sync.client.ListItem;
import com.raptorcomply.sync.client.RemoteRecord;
import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.run.RunIds;
import com.raptorcomply.sync.warehouse.DriftLog;
import com.raptorcomply.sync.warehouse.StagingWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stages a chunk of one list; rejected elements and duplicate ids are recorded and logged with their reason.
 * Type drift is counted as it goes and logged once per field, with its count, when the list was read.
 */
final class StagingItemWriter implements ItemWriter<ListItem<? extends RemoteRecord>>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(StagingItemWriter.class);

    private final ResourceType type;
    private final StagingWriter staging;
    private final DriftLog drift;
    private long runId;

    StagingItemWriter(ResourceType type, StagingWriter staging, DriftLog drift) {
        this.type = type;
        this.staging = staging;
        this.drift = drift;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        runId = RunIds.of(stepExecution);
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        drift.describe(runId, type).forEach(line -> log.warn("Type drift in {}", line));
        return null;
    }

    @Override
    public void write(Chunk<? extends ListItem<? extends RemoteRecord>> chunk) {
        chunk.getItems().stream()
                .filter(ListItem.Rejected.class::isInstance)
                .map(ListItem.Rejected.class::cast)
                .forEach(rejected -> log.warn("{}: rejected {}", type.label(), rejected.describe()));
        staging.writeItems(runId, type, chunk.getItems())
                .forEach(duplicate -> log.warn("{}: rejected {}", type.label(), duplicate.describe()));
    }
}
