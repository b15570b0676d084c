package com.raptorcomply.sync.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.testing.CliRunner;
import com.raptorcomply.sync.testing.ForkedCli;
import com.raptorcomply.sync.testing.SyncFixture;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ways a run is cut short from outside: the process killed (SIGKILL, in a JVM of its own) at a chosen point, and
 * PostgreSQL going away under it. Points are reached by polling the warehouse with generous bounds, never by timing.
 */
final class Interruptions {

    private static final Duration REACH = Duration.ofMinutes(10);
    private static final Duration EXIT = Duration.ofMinutes(3);

    private Interruptions() {
    }

    /** Starts {@code sync} in its own JVM, waits until {@code reached} holds, then kills it with SIGKILL. */
    static int killWhen(CliRunner cli, Path log, String what, BooleanSupplier reached) throws InterruptedException {
        var sync = ForkedCli.start(cli, log, "sync");
        sync.awaitWhileRunning(what, REACH, reached);
        sync.kill();
        return sync.awaitExit(EXIT);
    }

    /**
     * Kills the sync while its merge runs: the test holds an EXCLUSIVE lock on the mirror tables, which the merge's
     * SHARE ROW EXCLUSIVE waits for inside its step, while the pull's reads (which texts the rows hold) go through;
     * the lock is let go once the process is dead.
     */
    static int killDuringMerge(SyncFixture fixture, CliRunner cli, Path log) throws Exception {
        try (Connection holder = fixture.dataSource().getConnection(); Statement statement = holder.createStatement()) {
            holder.setAutoCommit(false);
            statement.execute("LOCK TABLE raptor.facility, raptor.control_center, raptor.cyber_system,"
                    + " raptor.cyber_asset IN EXCLUSIVE MODE");
            try {
                return killWhen(cli, log, "the merge waiting for the mirror tables",
                        () -> stepRunning(fixture, "mergeMirror") && waitingForLock(fixture));
            } finally {
                holder.rollback();
            }
        }
    }

    /**
     * PostgreSQL gone in the middle of a run, as in a restart: the database refuses connections and every session
     * on it is ended, until the run has ended; then it accepts connections again.
     */
    static CliRunner.Result restartPostgresWhen(SyncFixture fixture, CliRunner cli, BooleanSupplier reached)
            throws Exception {
        var running = CompletableFuture.supplyAsync(() -> cli.run("sync"));
        long deadline = System.nanoTime() + REACH.toNanos();
        while (!reached.getAsBoolean()) {
            assertThat(running).as("the sync ended before the restart point").isNotDone();
            assertThat(System.nanoTime()).as("restart point reached within " + REACH).isLessThan(deadline);
            Thread.sleep(100);
        }
        String database = fixture.jdbc().sql("SELECT current_database()").query(String.class).single();
        JdbcClient admin = fixture.maintenance();
        try {
            admin.sql("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false").update();
            admin.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :database")
                    .param("database", database).query(Boolean.class).list();
            return running.get(EXIT.toSeconds(), TimeUnit.SECONDS);
        } finally {
            admin.sql("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true").update();
        }
    }

    static boolean stepRunning(SyncFixture fixture, String step) {
        try {
            return fixture.jdbc().sql("SELECT count(*) FROM batch_step_execution WHERE step_name = :step"
                    + " AND status = 'STARTED'").param("step", step).query(Long.class).single() > 0;
        } catch (DataAccessException tablesNotYetCreated) {
            return false;
        }
    }

    static boolean anyPushSent(SyncFixture fixture) {
        try {
            return fixture.count("cyber_asset_push WHERE status = 'sent'") > 0;
        } catch (DataAccessException tableNotYetCreated) {
            return false;
        }
    }

    private static boolean waitingForLock(SyncFixture fixture) {
        return fixture.jdbc().sql("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND wait_event_type = 'Lock'").query(Long.class).single() > 0;
    }
}
