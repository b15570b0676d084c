package com.raptorcomply.sync.push;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The push's one writer of outcomes: the sending threads hand over each answer's ledger write (with its mirror,
 * history and desired-row link), and this thread commits whatever has queued up in one transaction. A commit costs
 * a WAL flush (milliseconds on a real disk) however much it carries, so the ledger keeps up with the requests
 * instead of making them wait. An answer not yet committed when the process dies leaves its row {@code sent}: the
 * restart settles it, exactly as if the answer had been lost on the wire.
 */
final class OutcomeWriter implements AutoCloseable {

    /** Bounds a transaction's size; the queue itself is bounded by the rows marked sent (a window or two). */
    private static final int MAX_BATCH = 64;
    private static final Runnable END = () -> { };

    private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private final TransactionTemplate transaction;
    private final Thread thread;
    private volatile RuntimeException failure;

    OutcomeWriter(TransactionTemplate transaction) {
        this.transaction = transaction;
        this.thread = new Thread(this::run, "push-outcomes");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Queues a write; it is committed soon, after every write submitted before it. */
    void submit(Runnable write) {
        queue.add(write);
    }

    /** True once a commit failed (the warehouse is gone): nothing more should be sent. */
    boolean failed() {
        return failure != null;
    }

    /** Waits until every submitted write is committed; throws the first commit's failure. */
    @Override
    public void close() throws InterruptedException {
        queue.add(END);
        thread.join();
        if (failure != null) {
            throw failure;
        }
    }

    private void run() {
        List<Runnable> batch = new ArrayList<>();
        boolean ended = false;
        while (!ended) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                failure = new IllegalStateException("interrupted while recording push outcomes", e);
                return;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            ended = batch.remove(END);
            commit(batch);
            batch.clear();
        }
    }

    private void commit(List<Runnable> batch) {
        if (failure != null || batch.isEmpty()) {
            return;
        }
        try {
            transaction.executeWithoutResult(status -> batch.forEach(Runnable::run));
        } catch (RuntimeException e) {
            failure = e;
        }
    }
}
