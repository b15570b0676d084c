package com.raptorcomply.sync.pull;

import com.raptorcomply.sync.run.RunIds;
import com.raptorcomply.sync.client.ListItem;
import com.raptorcomply.sync.client.RemoteRecord;
import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.warehouse.RejectionLog;
import com.raptorcomply.sync.warehouse.StagingWriter;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Stages a chunk of accepted records and logs the rejected ones (and duplicate ids) with their reason. */
final class StagingItemWriter implements ItemWriter<ListItem<? extends RemoteRecord>>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(StagingItemWriter.class);

    private final ResourceType type;
    private final StagingWriter staging;
    private final RejectionLog rejections;
    private long runId;

    StagingItemWriter(ResourceType type, StagingWriter staging, RejectionLog rejections) {
        this.type = type;
        this.staging = staging;
        this.rejections = rejections;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        runId = RunIds.of(stepExecution);
    }

    @Override
    public void write(Chunk<? extends ListItem<? extends RemoteRecord>> chunk) {
        List<RemoteRecord> accepted = new ArrayList<>(chunk.size());
        List<ListItem.Rejected<?>> rejected = new ArrayList<>();
        for (ListItem<? extends RemoteRecord> item : chunk) {
            if (item instanceof ListItem.Accepted<? extends RemoteRecord> ok) {
                accepted.add(ok.record());
            } else if (item instanceof ListItem.Rejected<?> bad) {
                rejected.add(bad);
            }
        }
        rejected.addAll(staging.write(runId, type, accepted));
        rejected.forEach(bad -> log.warn("{}: rejected {}", type.label(), bad.describe()));
        rejections.record(runId, type, rejected);
    }
}
