package com.raptorcomply.sync.pull;

import com.raptorcomply.sync.client.ListItem;
import com.raptorcomply.sync.client.RemoteRecord;
import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.run.RunIds;
import com.raptorcomply.sync.warehouse.StagingWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Stages a chunk of one list; rejected elements and duplicate ids are recorded and logged with their reason. */
final class StagingItemWriter implements ItemWriter<ListItem<? extends RemoteRecord>>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(StagingItemWriter.class);

    private final ResourceType type;
    private final StagingWriter staging;
    private long runId;

    StagingItemWriter(ResourceType type, StagingWriter staging) {
        this.type = type;
        this.staging = staging;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        runId = RunIds.of(stepExecution);
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
