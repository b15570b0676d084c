package com.raptorcomply.sync.push;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends planned rows {@code concurrency} at a time, ledger first by windows: a window of rows is committed
 * {@code sent} in one transaction just before its requests are handed to the senders, and the next window is marked
 * while the previous one is still being sent, so the senders never wait for a commit. At most two windows are marked
 * and not yet answered; a crash leaves them {@code sent}, for the restart to settle like any unknown outcome. The
 * answers go to one {@link OutcomeWriter}. After a stop request or a fatal failure the rows not sent yet are
 * planned again (their requests are known never to have gone out) and the rest waits for the restart.
 */
final class SendWindows {

    /**
     * The longest a row's request goes out after its {@code sent_at}: a row that waited longer behind slow requests
     * gets a fresh {@code sent_at} first (one commit), so that a restart knows when no request of a dead process can
     * still be in flight ({@link Settler} waits this much longer than the call timeout).
     */
    static final Duration MAX_MARK_AGE = Duration.ofSeconds(2);

    /** Rows per window and sending thread: enough that a window's commit hides behind the previous one's requests. */
    private static final int ROWS_PER_THREAD = 8;

    private final Sender sender;
    private final PushLedger ledger;
    private final TransactionTemplate transaction;
    private final int concurrency;

    SendWindows(Sender sender, PushLedger ledger, TransactionTemplate transaction, int concurrency) {
        this.sender = sender;
        this.ledger = ledger;
        this.transaction = transaction;
        this.concurrency = concurrency;
    }

    /** Sends every row unless stopped; throws the first fatal failure (an unusable API, a lost warehouse). */
    void sendAll(long runId, List<LedgerRow> planned, AssetFields fields, BooleanSupplier stopRequested)
            throws Exception {
        AtomicReference<RuntimeException> fatal = new AtomicReference<>();
        List<LedgerRow> notSent = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        OutcomeWriter writes = new OutcomeWriter(transaction);
        BooleanSupplier stop = () -> fatal.get() != null || writes.failed() || stopRequested.getAsBoolean();
        try {
            List<Future<?>> sends = dispatch(planned, pool, stop, (row, markedAt) -> {
                if (stop.getAsBoolean()) {
                    notSent.add(row);
                } else {
                    sendOne(runId, row, markedAt, fields, writes, fatal);
                }
            });
            for (Future<?> send : sends) {
                send.get();
            }
        } catch (ExecutionException e) {
            throw abandon(pool, writes, new IllegalStateException(
                    "a push request failed unexpectedly: " + e.getCause().getMessage(), e.getCause()));
        } catch (Exception e) {
            throw abandon(pool, writes, e);
        }
        pool.shutdown();
        writes.close();
        ledger.unmarkSent(notSent);
        if (fatal.get() != null) {
            throw fatal.get();
        }
    }

    private List<Future<?>> dispatch(List<LedgerRow> planned, ExecutorService pool, BooleanSupplier stop,
            RowTask task) throws InterruptedException {
        int window = concurrency * ROWS_PER_THREAD;
        Semaphore room = new Semaphore(2 * window);
        List<Future<?>> sends = new ArrayList<>();
        for (int from = 0; from < planned.size(); from += window) {
            List<LedgerRow> rows = planned.subList(from, Math.min(planned.size(), from + window));
            room.acquire(rows.size());
            if (stop.getAsBoolean()) {
                break;
            }
            // Taken before the commit, whose now() becomes sent_at: the age measured from here is never less.
            long markedAt = System.nanoTime();
            ledger.markSent(rows);
            for (LedgerRow row : rows) {
                sends.add(pool.submit(() -> {
                    try {
                        task.run(row, markedAt);
                    } finally {
                        room.release();
                    }
                }));
            }
        }
        return sends;
    }

    private void sendOne(long runId, LedgerRow row, long markedAt, AssetFields fields, OutcomeWriter writes,
            AtomicReference<RuntimeException> fatal) {
        try {
            if (System.nanoTime() - markedAt > MAX_MARK_AGE.toNanos() / 2) {
                ledger.remark(row);
            }
            sender.send(runId, row, fields, writes);
        } catch (RuntimeException e) {
            // An unusable API or a lost warehouse: stop sending, the restart settles and resumes.
            fatal.compareAndSet(null, e);
        }
    }

    /** Something broke outside a request: rows marked and not answered stay {@code sent}, settled on restart. */
    private static Exception abandon(ExecutorService pool, OutcomeWriter writes, Exception cause) {
        pool.shutdownNow();
        try {
            writes.close();
        } catch (InterruptedException | RuntimeException e) {
            cause.addSuppressed(e);
        }
        return cause;
    }

    @FunctionalInterface
    private interface RowTask {
        void run(LedgerRow row, long markedAt);
    }
}
