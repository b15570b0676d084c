package com.raptorcomply.sync.ops;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SIGTERM during a run command or {@code schedule}. The JVM would exit 143 once its shutdown hooks ran, and Spring's own hook would
 * close the database pool under the running job. Instead this hook asks the job to stop after its current chunk,
 * waits until the command has recorded the outcome, released the run lock, closed its context and printed its
 * last line, then ends the process with the command's own exit code (1 for a stopped run, as documented; 0 for
 * {@code schedule}, whose stopping is its normal end). The application contexts of commands run without Spring's
 * shutdown hook (see {@link ApplicationContexts}).
 */
final class Termination implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Termination.class);
    /** Below the CronJob's terminationGracePeriodSeconds (60), so the exit code is ours, not a SIGKILL. */
    static final Duration GRACE = Duration.ofSeconds(50);
    private static final AtomicReference<Termination> ARMED = new AtomicReference<>();

    private final Thread hook = new Thread(this::onSignal, "sync-termination");
    private final CountDownLatch commandEnded = new CountDownLatch(1);
    private volatile int exitCode = ExitCode.RUN_FAILED;
    private volatile Runnable stop = () -> { };
    private volatile boolean signalled;

    private Termination() {
    }

    /** Watches for a shutdown signal until closed; {@link #commandEnded(int)} hands over the exit code. */
    static Termination arm() {
        Termination termination = new Termination();
        ARMED.set(termination);
        Runtime.getRuntime().addShutdownHook(termination.hook);
        return termination;
    }

    /** What a signal must do to stop the command's work; run at once when the signal already came. */
    void onSignalRun(Runnable stopAction) {
        stop = stopAction;
        if (signalled) {
            stopAction.run();
        }
    }

    /** Called by the command line with the exit code once the command printed everything. */
    static void commandEnded(int exitCode) {
        Termination termination = ARMED.getAndSet(null);
        if (termination != null) {
            termination.exitCode = exitCode;
            termination.commandEnded.countDown();
        }
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
            ARMED.compareAndSet(this, null);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs: it waits for commandEnded and ends the process with the command's exit code
        }
    }

    private void onSignal() {
        signalled = true;
        stop.run();
        if (!awaitCommand()) {
            log.error("The command did not end within {} s of the shutdown signal; its run is left STARTED and the"
                    + " next 'sync --resume' recovers and resumes it", GRACE.toSeconds());
        }
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt(exitCode);
    }

    private boolean awaitCommand() {
        try {
            return commandEnded.await(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
