package com.raptorcomply.sync.pull;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.raptorcomply.sync.client.ListItem;
import com.raptorcomply.sync.client.RecordCursor;
import com.raptorcomply.sync.client.RemoteRecord;
import com.raptorcomply.sync.client.TransportException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The list read ahead on its own thread: the same elements in the same order, failures as raised, bounded. */
class PrefetchingCursorTest {

    @Test
    void yieldsEveryElementInOrderThenEnds() {
        var list = new FakeList(1000, 10, null);

        try (var cursor = PrefetchingCursor.start(list, "test-reader", 7, 1 << 20)) {
            assertThat(ids(cursor)).hasSize(1000).isEqualTo(FakeList.ids(1000));
            assertThat(cursor.hasNext()).isFalse();
            assertThat(cursor.hasNext()).as("asked again").isFalse();
        }
        assertThat(list.closed).isTrue();
    }

    @Test
    void aFailureIsThrownAsRaisedAfterTheElementsReadBeforeIt() {
        var broken = new TransportException("GET /cyber-assets: the connection broke while reading element 5", null);
        var list = new FakeList(5, 10, broken);
        var cursor = PrefetchingCursor.start(list, "test-reader", 3, 1 << 20);
        var read = new ArrayList<String>();

        assertThatThrownBy(() -> {
            while (cursor.hasNext()) {
                read.add(((ListItem.Rejected<?>) cursor.next()).id());
            }
        }).isSameAs(broken);
        assertThat(read).isEqualTo(FakeList.ids(5));
        assertThat(list.closed).isTrue();
    }

    @Test
    void readsAtMostAChunkAhead() throws InterruptedException {
        var list = new FakeList(1000, 10, null);

        try (var cursor = PrefetchingCursor.start(list, "test-reader", 3, 1 << 20)) {
            // handed over in batches of a chunk (at most 64): one batch queued, the next read and waiting for room
            assertThat(settledCount(list.produced)).isEqualTo(6);
            cursor.next();
            assertThat(settledCount(list.produced)).isEqualTo(9);
        }
    }

    @Test
    void readsAtMostItsBytesAheadButLetsALargerElementThroughAlone() throws InterruptedException {
        var list = new FakeList(1000, 60, null);

        try (var cursor = PrefetchingCursor.start(list, "test-reader", 100, 100)) {
            // 60 bytes queued; the second element waits for 60 of the 40 left
            assertThat(settledCount(list.produced)).isEqualTo(2);
            assertThat(((ListItem.Rejected<?>) cursor.next()).id()).isEqualTo("id-0");
            assertThat(settledCount(list.produced)).isEqualTo(3);
        }
        var huge = new FakeList(3, 1_000, null);
        try (var cursor = PrefetchingCursor.start(huge, "test-reader", 100, 100)) {
            assertThat(ids(cursor)).isEqualTo(FakeList.ids(3));
        }
    }

    @Test
    void aHeldElementIsChargedItsIdAndHashNotItsSizeAsReceived() throws InterruptedException {
        int room = 10 * PrefetchingCursor.HELD_ELEMENT_BYTES;
        var parsed = new FakeList(1000, 1_000, null);
        try (var cursor = PrefetchingCursor.start(parsed, "test-reader", 100, room)) {
            assertThat(settledCount(parsed.produced)).as("larger than the room: one queued, one waiting").isEqualTo(2);
        }
        var held = new FakeList(1000, 1_000, null).held();
        try (var cursor = PrefetchingCursor.start(held, "test-reader", 100, room)) {
            assertThat(settledCount(held.produced)).as("ten queued, one waiting").isEqualTo(11);
            assertThat(cursor.next()).isInstanceOf(ListItem.Held.class);
        }
    }

    @Test
    void closingStopsTheReaderWaitingForRoomAndClosesTheList() throws InterruptedException {
        var list = new FakeList(1000, 10, null);
        var cursor = PrefetchingCursor.start(list, "test-reader-closed", 2, 1 << 20);
        assertThat(settledCount(list.produced)).isEqualTo(4);

        cursor.close();

        assertThat(list.closed).isTrue();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("test-reader-closed"));
        assertThatThrownBy(cursor::hasNext).isInstanceOf(IllegalStateException.class).hasMessage("the list was closed");
    }

    private static List<String> ids(RecordCursor<RemoteRecord> cursor) {
        var ids = new ArrayList<String>();
        while (cursor.hasNext()) {
            ids.add(((ListItem.Rejected<?>) cursor.next()).id());
        }
        return ids;
    }

    /** The count once it stops moving: waits until it held still for 200 ms (5 s at most). */
    private static int settledCount(AtomicInteger count) throws InterruptedException {
        int last = -1;
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            int now = count.get();
            if (now == last && now > 0) {
                return now;
            }
            last = now;
            Thread.sleep(200);
        }
        return count.get();
    }

    /** A list of {@code size} elements of {@code bytes} each, then {@code failure} (if any) instead of its end. */
    private static final class FakeList implements RecordCursor<RemoteRecord> {

        private final int size;
        private final long bytes;
        private final RuntimeException failure;
        final AtomicInteger produced = new AtomicInteger();
        volatile boolean closed;
        private final AtomicBoolean failed = new AtomicBoolean();
        private boolean held;

        FakeList(int size, long bytes, RuntimeException failure) {
            this.size = size;
            this.bytes = bytes;
            this.failure = failure;
        }

        /** Its elements come as held ones, of the same size as received. */
        FakeList held() {
            held = true;
            return this;
        }

        static List<String> ids(int size) {
            var ids = new ArrayList<String>();
            for (int i = 0; i < size; i++) {
                ids.add("id-" + i);
            }
            return ids;
        }

        @Override
        public boolean hasNext() {
            if (produced.get() < size) {
                return true;
            }
            if (failure != null && !failed.getAndSet(true)) {
                throw failure;
            }
            return false;
        }

        @Override
        public ListItem<RemoteRecord> next() {
            int index = produced.getAndIncrement();
            return held ? new ListItem.Held<>(index, "id-" + index, "0".repeat(32), List.of())
                    : new ListItem.Rejected<>(index, "id-" + index, "id", "test element", null);
        }

        @Override
        public long lastElementBytes() {
            return bytes;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
