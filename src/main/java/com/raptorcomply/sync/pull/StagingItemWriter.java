package com.raptorcomply.sync.pull;

import com.raptorcomply.sync.client.KnownTexts;
import com.raptorcomply.sync.client.ListItem;
import com.raptorcomply.sync.client.RemoteRecord;
import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.run.Background;
import com.raptorcomply.sync.run.RunIds;
import com.raptorcomply.sync.warehouse.DriftLog;
import com.raptorcomply.sync.warehouse.MirrorTexts;
import com.raptorcomply.sync.warehouse.StagedLists;
import com.raptorcomply.sync.warehouse.StagingWriter;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stages a chunk of one list; rejected elements are recorded and logged with their reason. A record in the text its
 * live mirror row was last merged from is staged by reference ({@link KnownTexts}, read on a thread of its own from
 * the step's start, while the list is requested, and handed to the reader, which passes such elements on unparsed as
 * {@link ListItem.Held}), except when the list is pulled again because its merge found it lost: then every record
 * is parsed and comes with its payload. When the list was read whole, its duplicate ids are rejected and logged the
 * same way, and the rows staged recorded for the merge's check; type drift, counted as it goes, is logged once per
 * field with its count.
 */
final class StagingItemWriter implements ItemWriter<ElementRun>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(StagingItemWriter.class);

    private final ResourceType type;
    private final StagingWriter staging;
    private final StagedLists lists;
    private final DriftLog drift;
    private final MirrorTexts mirrorTexts;
    private long runId;
    private StepExecution step;
    private Background<KnownTexts> known = new Background<>(KnownTexts::none);

    StagingItemWriter(ResourceType type, StagingWriter staging, StagedLists lists, DriftLog drift,
            MirrorTexts mirrorTexts) {
        this.type = type;
        this.staging = staging;
        this.lists = lists;
        this.drift = drift;
        this.mirrorTexts = mirrorTexts;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution;
        runId = RunIds.of(stepExecution);
        known = new Background<>(() -> lists.lost(type) ? KnownTexts.none() : mirrorTexts.load(type))
                .start("known-" + type.table());
    }

    /**
     * What the mirror holds of this list, as read from the step's start (waiting for it if need be): what the
     * reader need not parse. A failure to read it is thrown as raised.
     */
    KnownTexts known() {
        return known.await();
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        known.finish();   // a step that failed before its first element: the read ends before the step does
        known = new Background<>(KnownTexts::none);
        if (stepExecution.getStatus() == BatchStatus.COMPLETED) {
            lists.finish(runId, type, this::logRejected);
        }
        drift.describe(runId, type).forEach(line -> log.warn("Type drift in {}", line));
        return null;
    }

    /**
     * Stages the elements of a chunk of runs; the step's read and write counts, which Spring Batch keeps per item,
     * then count the elements.
     */
    @Override
    public void write(Chunk<? extends ElementRun> chunk) {
        List<ListItem<? extends RemoteRecord>> elements = new ArrayList<>();
        chunk.forEach(run -> elements.addAll(run.elements()));
        elements.stream()
                .filter(ListItem.Rejected.class::isInstance)
                .map(ListItem.Rejected.class::cast)
                .forEach(this::logRejected);
        staging.writeItems(runId, type, elements, known());
        long uncounted = elements.size() - chunk.size();
        step.setReadCount(step.getReadCount() + uncounted);
        step.setWriteCount(step.getWriteCount() + uncounted);
    }

    private void logRejected(ListItem.Rejected<?> rejected) {
        log.warn("{}: rejected {}", type.label(), rejected.describe());
    }
}
