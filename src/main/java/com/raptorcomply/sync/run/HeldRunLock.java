package com.raptorcomply.sync.run;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A held lock: released on close, or by the server when the process dies and its connection drops. */
final class HeldRunLock implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HeldRunLock.class);
    private static final Duration CHECK_EVERY = Duration.ofSeconds(2);

    private final Connection connection;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "run-lock-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    HeldRunLock(Connection connection) {
        this.connection = connection;
    }

    /**
     * Checks the lock's connection while the run works. A lost connection (a restarted server, a terminated
     * backend) means the lock is gone and a second sync could start: {@code onLoss} stops this run.
     */
    void watch(Runnable onLoss) {
        watchdog.scheduleWithFixedDelay(() -> {
            if (!stillConnected()) {
                log.error("The run lock's connection to the warehouse was lost (server restarted?): another"
                        + " sync could start, so this run stops; 'sync --resume' continues it");
                watchdog.shutdown();
                onLoss.run();
            }
        }, CHECK_EVERY.toMillis(), CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private boolean stillConnected() {
        try {
            return connection.isValid((int) CHECK_EVERY.toSeconds());
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Ends the lock's transaction. A connection that was already lost (a restarted or unreachable server)
     * released the lock with it: that is logged, never thrown over the run's own outcome.
     */
    @Override
    public void close() {
        stopWatching();
        try (connection) {
            connection.rollback();
        } catch (SQLException e) {
            log.warn("The run lock's connection was already gone ({}): the server released the lock with it",
                    e.getMessage());
        }
    }

    /** The watchdog must be done with the connection before it is closed. */
    private void stopWatching() {
        watchdog.shutdownNow();
        try {
            watchdog.awaitTermination(CHECK_EVERY.toSeconds() + 1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
