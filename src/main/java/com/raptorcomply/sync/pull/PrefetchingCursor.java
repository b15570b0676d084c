package com.raptorcomply.sync.pull;

import com.raptorcomply.sync.client.ListItem;
import com.raptorcomply.sync.client.RecordCursor;
import com.raptorcomply.sync.client.RemoteRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;

/**
 * Reads a list on a thread of its own, ahead of the step that stages it: while a chunk is serialized, copied and
 * committed, the next one is downloaded and parsed, on the machine's other core. What it reads ahead is bounded by
 * elements ({@code maxElements}) and by their size as received ({@code maxBytes}; a larger element is let through
 * alone). A held element ({@link ListItem.Held}) is charged {@value #HELD_ELEMENT_BYTES} bytes whatever its size
 * as received: it keeps only its id and hash, not the tree a parsed element keeps. A failure of the list (a broken
 * connection, a malformed body, a budget exceeded) is thrown from {@link #hasNext()} as it was raised, after the
 * elements read before it. Closing stops the reader and closes the list.
 */
final class PrefetchingCursor implements RecordCursor<RemoteRecord> {

    private static final Duration STOP_WAIT = Duration.ofSeconds(10);
    /** Elements handed over at once: one hand-over per element would cost more than the overlap gains. */
    private static final int BATCH = 64;
    static final int HELD_ELEMENT_BYTES = 64;

    private final BlockingQueue<Batch> queue;
    private final Semaphore bytes;
    private final int maxBytes;
    private final int batchSize;
    private final RecordCursor<? extends RemoteRecord> list;
    private final Thread reader;
    private volatile boolean closed;
    private Batch batch;
    private int position;
    private long lastBytes;

    private PrefetchingCursor(RecordCursor<? extends RemoteRecord> list, String name, int maxElements, int maxBytes) {
        this.list = list;
        this.batchSize = Math.min(BATCH, maxElements);
        this.queue = new ArrayBlockingQueue<>(Math.max(1, maxElements / batchSize));
        this.bytes = new Semaphore(maxBytes);
        this.maxBytes = maxBytes;
        this.reader = new Thread(this::readAll, name);
        this.reader.setDaemon(true);
    }

    /**
     * Starts reading {@code list} ahead, on a thread named {@code name}: at most about {@code maxElements} elements
     * and {@code maxBytes} bytes (as received) ahead of the caller.
     */
    static PrefetchingCursor start(RecordCursor<? extends RemoteRecord> list, String name, int maxElements,
            int maxBytes) {
        var cursor = new PrefetchingCursor(list, name, maxElements, maxBytes);
        cursor.reader.start();
        return cursor;
    }

    private void readAll() {
        var items = new ArrayList<ListItem<? extends RemoteRecord>>(batchSize);
        var sizes = new ArrayList<Integer>(batchSize);
        try {
            while (!closed && list.hasNext()) {
                ListItem<? extends RemoteRecord> item = list.next();
                long received = item instanceof ListItem.Held<?> ? HELD_ELEMENT_BYTES : list.lastElementBytes();
                int size = (int) Math.min(Math.max(received, 1), maxBytes);
                if (!bytes.tryAcquire(size)) {
                    hand(items, sizes, false, null);   // what it holds first, or the caller could never free room
                    bytes.acquire(size);
                }
                items.add(item);
                sizes.add(size);
                if (items.size() == batchSize) {
                    hand(items, sizes, false, null);
                }
            }
            hand(items, sizes, true, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();   // closed while waiting for room: nobody reads on
        } catch (RuntimeException | Error e) {
            if (!closed) {
                try {
                    hand(items, sizes, true, e);
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private void hand(List<ListItem<? extends RemoteRecord>> items, List<Integer> sizes, boolean last,
            Throwable failure) throws InterruptedException {
        if (!items.isEmpty() || last) {
            queue.put(new Batch(List.copyOf(items), List.copyOf(sizes), last, failure));
            items.clear();
            sizes.clear();
        }
    }

    @Override
    public boolean hasNext() {
        while (batch == null || position == batch.items().size()) {
            if (batch != null && batch.last()) {
                return end(batch.failure());
            }
            batch = take();
            position = 0;
        }
        return true;
    }

    /** After the last element: false at the list's end, else its failure, thrown as raised. */
    private boolean end(Throwable failure) {
        if (failure == null) {
            return false;
        }
        close();
        if (failure instanceof Error error) {
            throw error;
        }
        throw (RuntimeException) failure;
    }

    @Override
    public ListItem<RemoteRecord> next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the list has no more elements");
        }
        @SuppressWarnings("unchecked")
        ListItem<RemoteRecord> item = (ListItem<RemoteRecord>) batch.items().get(position);
        int size = batch.sizes().get(position++);
        bytes.release(size);
        lastBytes = size;
        return item;
    }

    @Override
    public long lastElementBytes() {
        return lastBytes;
    }

    private Batch take() {
        if (closed) {
            throw new IllegalStateException("the list was closed");
        }
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("interrupted while waiting for the list", e);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        reader.interrupt();
        list.close();   // a read blocked on the connection ends with it
        try {
            reader.join(STOP_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        queue.clear();
    }

    /** Elements read and their sizes; the last batch ends the list, or its {@code failure} does. */
    private record Batch(List<ListItem<? extends RemoteRecord>> items, List<Integer> sizes, boolean last,
                         Throwable failure) {
    }
}
