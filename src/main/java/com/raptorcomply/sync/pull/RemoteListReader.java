package com.raptorcomply.sync.pull;

import com.raptorcomply.sync.client.KnownTexts;
import com.raptorcomply.sync.client.ListItem;
import com.raptorcomply.sync.client.RaptorComplyClient;
import com.raptorcomply.sync.client.RecordCursor;
import com.raptorcomply.sync.client.RemoteRecord;
import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.run.RunIds;
import com.raptorcomply.sync.warehouse.StagingWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Streams one resource's list from the API, element by element, read ahead on a thread of its own
 * ({@link PrefetchingCursor}) so that downloading and parsing overlap staging. Elements the mirror holds byte for
 * byte come unparsed ({@link com.raptorcomply.sync.client.ListItem.Held}), and consecutive ones are read as one item
 * ({@link ElementRun}). A (re)started step stages the whole list anew: opening the reader clears what an earlier
 * attempt of the same run staged.
 */
final class RemoteListReader implements ItemStreamReader<ElementRun>, StepExecutionListener {

    /**
     * At most this many bytes (as received) of parsed elements read ahead: their trees take several times that on
     * the heap, a few MB.
     */
    static final int READ_AHEAD_BYTES = 512 * 1024;

    /**
     * At most this many elements read ahead (or a chunk, if larger). Held elements are charged a few bytes each
     * ({@link PrefetchingCursor#HELD_ELEMENT_BYTES}), so on a night without changes this bound governs: with one
     * chunk of 500 ahead, the reader waited while each chunk was staged, and a no-change pull of 100,000 took about
     * 0.15 s longer.
     */
    static final int READ_AHEAD_ELEMENTS = 4096;

    private final ResourceType type;
    private final RaptorComplyClient client;
    private final StagingWriter staging;
    private long runId;
    private final ListProgress progress;
    private final int readAhead;
    private final Supplier<KnownTexts> known;
    private RecordCursor<? extends RemoteRecord> cursor;
    /** An element read to end a run of held ones: the next run's first. */
    private ListItem<? extends RemoteRecord> pending;

    /**
     * {@code readAhead}: the elements read ahead of the step, on a thread of their own; {@code known}: what
     * the warehouse holds of the list as the step starts, elements the reader need not parse (asked for when the
     * first element has arrived: it is read while the request is under way).
     */
    RemoteListReader(ResourceType type, RaptorComplyClient client, StagingWriter staging, ListProgress progress,
            int readAhead, Supplier<KnownTexts> known) {
        this.type = type;
        this.known = known;
        this.client = client;
        this.staging = staging;
        this.progress = progress;
        this.readAhead = readAhead;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        runId = RunIds.of(stepExecution);
    }

    @Override
    public void open(ExecutionContext executionContext) {
        staging.clear(runId, type);
        progress.start();
        cursor = PrefetchingCursor.start(client.list(type, known), "read-" + type.table(), readAhead,
                READ_AHEAD_BYTES);
    }

    /** The next element; or the held elements that follow it, up to {@link ElementRun#MAX_HELD}, when it is held. */
    @Override
    public ElementRun read() {
        ListItem<? extends RemoteRecord> first = nextElement();
        if (first == null) {
            progress.finished();
            return null;
        }
        if (!(first instanceof ListItem.Held<?>)) {
            return ElementRun.of(first);
        }
        List<ListItem<? extends RemoteRecord>> run = new ArrayList<>(ElementRun.MAX_HELD);
        run.add(first);
        while (run.size() < ElementRun.MAX_HELD) {
            ListItem<? extends RemoteRecord> next = nextElement();
            if (!(next instanceof ListItem.Held<?>)) {
                pending = next;   // null at the list's end: the next read says so
                break;
            }
            run.add(next);
        }
        return new ElementRun(run);
    }

    private ListItem<? extends RemoteRecord> nextElement() {
        if (pending != null) {
            ListItem<? extends RemoteRecord> item = pending;
            pending = null;
            return item;
        }
        if (!cursor.hasNext()) {
            return null;
        }
        ListItem<? extends RemoteRecord> item = cursor.next();
        progress.recordRead(item);
        return item;
    }

    @Override
    public void close() {
        pending = null;
        if (cursor != null) {
            cursor.close();
            cursor = null;
        }
    }
}
