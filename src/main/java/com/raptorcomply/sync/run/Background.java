package com.raptorcomply.sync.run;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Work a run starts on a thread of its own and needs later, so that it overlaps what the run does meanwhile: the
 * key preflight with the Spring context's start, reading what the mirror holds with a list's request.
 *
 * <p>The work runs once: on the thread {@link #start} makes, or on the first caller of {@link #await()} when nothing
 * started it. Its failure reaches every caller of {@code await()} as it was raised.
 */
public final class Background<T> {

    private final FutureTask<T> task;
    private final AtomicBoolean started = new AtomicBoolean();

    public Background(Supplier<T> work) {
        this.task = new FutureTask<>(work::get);
    }

    /** Starts the work on a daemon thread named {@code threadName}, unless it has started already. */
    public Background<T> start(String threadName) {
        if (started.compareAndSet(false, true)) {
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true);
            thread.start();
        }
        return this;
    }

    /** The work's result, once it has ended; its failure is rethrown as the work raised it. */
    public T await() {
        if (started.compareAndSet(false, true)) {
            task.run();
        }
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for work started earlier", e);
        } catch (CancellationException e) {
            throw new IllegalStateException("work started earlier was cancelled", e);
        }
    }

    /**
     * For a caller that no longer needs the result: waits until started work has ended, whatever its outcome, so
     * that it does not outlive its caller (holding a database connection, say); work not started never starts.
     */
    public void finish() {
        if (started.compareAndSet(false, true)) {
            task.cancel(false);
            return;
        }
        try {
            task.get();
        } catch (ExecutionException | CancellationException e) {
            // its outcome is not needed; whoever needed it was given the failure by await()
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The work's own exception, to throw; an {@link Error} is thrown as it is. */
    private static RuntimeException rethrown(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        return failure instanceof RuntimeException runtime ? runtime
                : new IllegalStateException("work started earlier failed: " + failure, failure);
    }
}
