package com.raptorcomply.sync.ops;

import com.raptorcomply.sync.client.KeySlot;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The key preflight of a run, started on its own thread while the warehouse's Spring context starts: neither needs
 * the other until the first database connection, which waits for the preflight (see {@link PreflightGate}). A key
 * that does not work therefore still leaves the warehouse untouched.
 *
 * <p>The preflight runs once: on the thread {@link #start()} makes, or on the first caller of {@link #await()} when
 * nothing started it (a context that failed before it could).
 */
final class KeyCheck {

    private final FutureTask<KeySlot> task;
    private final AtomicBoolean started = new AtomicBoolean();

    KeyCheck(Supplier<KeySlot> preflight) {
        this.task = new FutureTask<>(preflight::get);
    }

    /** Starts the preflight on a thread of its own, unless it has started already. */
    void start() {
        if (started.compareAndSet(false, true)) {
            Thread thread = new Thread(task, "key-preflight");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** The chosen key, once the preflight has passed; its failure is rethrown as the preflight raised it. */
    KeySlot await() {
        if (started.compareAndSet(false, true)) {
            task.run();
        }
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the key preflight", e);
        } catch (CancellationException e) {
            throw new IllegalStateException("the key preflight was cancelled", e);
        }
    }

    /** The preflight's own exception, to throw; an {@link Error} is thrown as it is. */
    private static RuntimeException rethrown(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        return failure instanceof RuntimeException runtime ? runtime
                : new IllegalStateException("the key preflight failed: " + failure, failure);
    }
}
