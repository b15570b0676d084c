package com.raptorcomply.sync.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.testing.ForkedCli;
import com.raptorcomply.sync.testing.SyncFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataAccessException;

/**
 * A run whose process is ended mid-way, through the real main in a JVM of its own: SIGTERM stops it cleanly
 * (STOPPED, exit 1), SIGKILL leaves it STARTED until the next command recovers it, a lost run lock stops it.
 * Every way it resumes.
 */
class InterruptedRunTest {

    private static final Duration STARTUP = Duration.ofSeconds(120);
    private static final Duration EXIT = Duration.ofSeconds(90);

    @TempDir
    Path temp;

    @Test
    void sigtermStopsTheRunAfterItsChunkExitsOneAndTheRunResumes() throws Exception {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            fixture.simulator().faults().delay("GET", "/cyber-systems", Duration.ofSeconds(3));
            var sync = ForkedCli.start(fixture.cli(), temp.resolve("sync.log"), "sync");
            sync.awaitWhileRunning("pullCyberSystems running", STARTUP, () -> stepRunning(fixture, "pullCyberSystems"));

            sync.terminate();
            int exitCode = sync.awaitExit(EXIT);

            assertThat(exitCode).as(sync.output()).isEqualTo(ExitCode.RUN_FAILED);
            assertThat(sync.output()).contains("stopping execution 1 of run 1 after its current chunk")
                    .contains("Run 1 was stopped before it finished; resume it with 'sync --resume'")
                    .doesNotContain("could not be stopped cleanly").doesNotContain("JDBC Connection");
            assertThat(statuses(fixture)).containsExactly("STOPPED", "STOPPED");
            assertThat(fixture.count("sync_run where finished_at is not null")).isEqualTo(1);

            fixture.simulator().faults().clear();
            var resumed = fixture.cli().run("sync", "--resume");

            assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
            assertThat(statuses(fixture)).containsExactly("COMPLETED", "COMPLETED");
            assertThat(fixture.count("sync_run where attempts = 2")).isEqualTo(1);
            assertThat(fixture.count("cyber_asset")).isEqualTo(60);
        }
    }

    @Test
    void sigtermBeforeTheJobStartedStillEndsStoppedWithExitOne() throws Exception {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            var sync = ForkedCli.start(fixture.cli(), temp.resolve("early.log"), "sync");
            sync.awaitWhileRunning("the key preflight", STARTUP, () -> !fixture.simulator().requests().isEmpty());

            sync.terminate();
            int exitCode = sync.awaitExit(EXIT);

            assertThat(exitCode).as(sync.output()).isEqualTo(ExitCode.RUN_FAILED);
            assertThat(sync.output()).containsPattern("Shutdown signal( before the run started|: stopping execution 1)")
                    .contains("Run 1 was stopped before it finished");
            assertThat(statuses(fixture)).containsExactly("STOPPED", "STOPPED");

            var resumed = fixture.cli().run("sync", "--resume");

            assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
            assertThat(fixture.count("cyber_asset")).isEqualTo(60);
        }
    }

    @Test
    void aRunKilledHardIsRecoveredAndResumedBySyncResume() throws Exception {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            killMidRun(fixture);
            assertThat(statuses(fixture)).containsExactly("STARTED", "STARTED");

            fixture.simulator().faults().clear();
            var resumed = fixture.cli().run("sync", "--resume");

            assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
            assertThat(resumed.out()).contains("Run 1");
            assertThat(fixture.count("sync_run")).isEqualTo(1);
            assertThat(statuses(fixture)).containsExactly("COMPLETED", "COMPLETED");
            assertThat(fixture.jdbc().sql("select status from batch_job_execution order by job_execution_id")
                    .query(String.class).list()).containsExactly("FAILED", "COMPLETED");
            assertThat(fixture.count("cyber_asset")).isEqualTo(60);
            assertThat(fixture.cli().run("status").out()).doesNotContain("(running)");
        }
    }

    @Test
    void recoverMarksAKilledRunFailedInBothPlacesAndStatusSaysSo() throws Exception {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            killMidRun(fixture);

            var recovered = fixture.cli().run("recover");
            var status = fixture.cli().run("status");

            assertThat(recovered.exitCode()).as(recovered.toString()).isZero();
            assertThat(recovered.out()).contains("Execution 1 of run 1 marked FAILED");
            assertThat(statuses(fixture)).containsExactly("FAILED", "FAILED");
            assertThat(fixture.count("sync_run where finished_at is not null")).isEqualTo(1);
            assertThat(status.out()).containsPattern("\\n1\\s+FAILED").contains("next: fix the cause, then 'restart --last-failed'");
        }
    }

    @Test
    void aRunThatLosesItsLockStopsSoNoSecondSyncOverlapsItAndResumes() throws Exception {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            fixture.simulator().faults().delay("GET", "/cyber-systems", Duration.ofSeconds(6));
            var running = CompletableFuture.supplyAsync(() -> fixture.cli().run("sync"));
            while (!stepRunning(fixture, "pullCyberSystems")) {
                assertThat(running).as("the sync ended before pullCyberSystems started").isNotDone();
                Thread.sleep(100);
            }

            fixture.jdbc().sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND application_name LIKE 'raptor-comply-sync pid%'")
                    .query(Boolean.class).list();
            var stopped = running.get(120, TimeUnit.SECONDS);

            assertThat(stopped.exitCode()).as(stopped.toString()).isEqualTo(ExitCode.RUN_FAILED);
            assertThat(stopped.err()).contains("Run 1 was stopped before it finished");
            assertThat(statuses(fixture)).containsExactly("STOPPED", "STOPPED");

            fixture.simulator().faults().clear();
            var resumed = fixture.cli().run("sync", "--resume");
            assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
            assertThat(statuses(fixture)).containsExactly("COMPLETED", "COMPLETED");
        }
    }

    private void killMidRun(SyncFixture fixture) throws InterruptedException {
        fixture.simulator().faults().delay("GET", "/cyber-systems", Duration.ofSeconds(30));
        var sync = ForkedCli.start(fixture.cli(), temp.resolve("killed.log"), "sync");
        sync.awaitWhileRunning("pullCyberSystems running", STARTUP, () -> stepRunning(fixture, "pullCyberSystems"));
        sync.kill();
        sync.awaitExit(EXIT);
    }

    /** The run's status in raptor.sync_run, then its latest execution's in Spring Batch. */
    static List<String> statuses(SyncFixture fixture) {
        return List.of(
                fixture.jdbc().sql("select status from raptor.sync_run").query(String.class).single(),
                fixture.jdbc().sql("select status from batch_job_execution order by job_execution_id desc limit 1")
                        .query(String.class).single());
    }

    static boolean stepRunning(SyncFixture fixture, String step) {
        try {
            return fixture.jdbc().sql("select count(*) from batch_step_execution where step_name = :step"
                    + " and status = 'STARTED'").param("step", step).query(Long.class).single() > 0;
        } catch (DataAccessException tablesNotYetCreated) {
            return false;
        }
    }
}
