package com.raptorcomply.sync.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.simulator.KeyState;
import com.raptorcomply.sync.testing.ForkedCli;
import com.raptorcomply.sync.testing.SyncFixture;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.ArrayList;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataAccessException;

/**
 * The resident scheduler through the real main, each in a JVM of its own against the simulator and a real
 * PostgreSQL: it fires on its cron, two of them on one warehouse never run a firing twice or overlap, and SIGTERM
 * stops a running sync cleanly (exit 0) for the next firing to resume.
 */
class ScheduleCommandTest {

    private static final String EVERY_TWO_SECONDS = "*/2 * * * * ?";
    /** Not within a test: what runs comes from the scheduler's start. */
    private static final String ONCE_A_YEAR = "0 0 2 1 1 ?";
    private static final Duration STARTUP = Duration.ofSeconds(180);
    private static final Duration EXIT = Duration.ofSeconds(90);
    private static final Pattern COMPLETED = Pattern.compile("Scheduled run (\\d+) COMPLETED");

    @TempDir
    Path temp;

    @Test
    void firesOnItsCronAndStatusShowsTheSchedule() throws Exception {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            var scheduler = ForkedCli.start(fixture.cli().with("RCSYNC_SCHEDULE_CRON", EVERY_TWO_SECONDS)
                    .with("RCSYNC_SCHEDULE_TIMEZONE", "Europe/Berlin"), temp.resolve("schedule.log"), "schedule");

            scheduler.awaitWhileRunning("a completed run", STARTUP, () -> completedRuns(fixture) >= 1);
            var status = fixture.cli().run("status");

            assertThat(status.exitCode()).as(status.toString()).isZero();
            assertThat(status.out()).contains("Schedule: '*/2 * * * * ?' in Europe/Berlin", "next firing",
                    "1 scheduler instance", "last seen");
            assertThat(fixture.count("cyber_asset")).isEqualTo(60);

            scheduler.terminate();
            assertThat(scheduler.awaitExit(EXIT)).as(scheduler.output()).isZero();
            assertThat(scheduler.output()).containsPattern("Scheduler \\S+ started: cron '\\*/2 \\* \\* \\* \\* \\?'"
                    + " in Europe/Berlin").contains("Scheduled run 1 COMPLETED", "Scheduler stopped")
                    .doesNotContain(SyncFixture.PRIMARY_KEY);
        }
    }

    @Test
    void twoSchedulersOnOneWarehouseRunEachFiringOnceAndNeverOverlap() throws Exception {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            var cli = fixture.cli().with("RCSYNC_SCHEDULE_CRON", EVERY_TWO_SECONDS);
            var first = ForkedCli.start(cli, temp.resolve("first.log"), "schedule");
            var second = ForkedCli.start(cli, temp.resolve("second.log"), "schedule");

            first.awaitWhileRunning("both schedulers in the cluster", STARTUP, () -> instances(fixture) == 2);
            second.awaitWhileRunning("four completed runs", STARTUP, () -> completedRuns(fixture) >= 4);
            first.terminate();
            second.terminate();

            assertThat(first.awaitExit(EXIT)).as(first.output()).isZero();
            assertThat(second.awaitExit(EXIT)).as(second.output()).isZero();
            List<Long> reported = completedRunIds(first.output() + second.output());
            assertThat(reported).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(4);
            assertThat(first.output() + second.output()).doesNotContain("Scheduled sync skipped")
                    .doesNotContain("another sync is running");
            assertThat(fixture.count("sync_run where status = 'COMPLETED'")).isEqualTo(reported.size());
            assertNoTwoExecutionsOverlap(fixture);
        }
    }

    @Test
    void sigtermMidRunLeavesItStoppedExitsZeroAndTheNextSchedulerResumesItAtStart() throws Exception {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            var cli = fixture.cli().with("RCSYNC_SCHEDULE_CRON", EVERY_TWO_SECONDS);
            fixture.simulator().faults().delay("GET", "/cyber-systems", Duration.ofSeconds(3));
            var scheduler = ForkedCli.start(cli, temp.resolve("stopped.log"), "schedule");
            scheduler.awaitWhileRunning("pullCyberSystems running", STARTUP,
                    () -> InterruptedRunTest.stepRunning(fixture, "pullCyberSystems"));

            scheduler.terminate();

            assertThat(scheduler.awaitExit(EXIT)).as(scheduler.output()).isZero();
            assertThat(scheduler.output()).contains("stopping execution 1 of run 1 after its current chunk",
                    "Scheduled run 1 was stopped before it finished; the next firing resumes it", "Scheduler stopped");
            assertThat(InterruptedRunTest.statuses(fixture)).containsExactly("STOPPED", "STOPPED");

            fixture.simulator().faults().clear();
            var next = ForkedCli.start(cli.with("RCSYNC_SCHEDULE_CRON", ONCE_A_YEAR), temp.resolve("resumed.log"),
                    "schedule");
            next.awaitWhileRunning("run 1 resumed and completed", STARTUP,
                    () -> fixture.count("sync_run where run_id = 1 and status = 'COMPLETED'") == 1);
            var status = fixture.cli().run("status");
            next.terminate();

            assertThat(status.out()).as("the changed cron replaced the stored one").contains("Schedule: '0 0 2 1 1 ?'");
            assertThat(next.awaitExit(EXIT)).as(next.output()).isZero();
            assertThat(next.output()).contains("Run 1 was stopped before it finished: resuming it now",
                    "Scheduled run 1 COMPLETED");
            assertThat(fixture.count("sync_run where run_id = 1 and attempts = 2")).isEqualTo(1);
            assertThat(fixture.count("cyber_asset")).isEqualTo(60);
        }
    }

    @Test
    void failedFiringsAreOneLineEachTheSchedulerKeepsRunningAndTheNextFiringResumes() throws Exception {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            fixture.simulator().keys().set(SyncFixture.PRIMARY_KEY, KeyState.EXPIRED);
            var scheduler = ForkedCli.start(fixture.cli().with("RCSYNC_SCHEDULE_CRON", EVERY_TWO_SECONDS),
                    temp.resolve("failing.log"), "schedule");
            scheduler.awaitWhileRunning("a firing without a usable key", STARTUP,
                    () -> scheduler.output().contains("Scheduled sync did not run: no usable API key"));

            fixture.simulator().faults().failListBurst(ResourceType.CYBER_ASSET, 503, 1_000);
            fixture.simulator().keys().set(SyncFixture.PRIMARY_KEY, KeyState.ACTIVE);
            scheduler.awaitWhileRunning("a failed run", STARTUP,
                    () -> scheduler.output().contains("Scheduled run 1 FAILED"));
            fixture.simulator().faults().clear();
            scheduler.awaitWhileRunning("run 1 resumed and completed", STARTUP,
                    () -> fixture.count("sync_run where run_id = 1 and status = 'COMPLETED'") == 1);
            scheduler.terminate();

            assertThat(scheduler.awaitExit(EXIT)).as(scheduler.output()).isZero();
            assertThat(scheduler.output()).contains("Scheduled run 1 FAILED: ApiErrorException: GET /cyber-assets ->"
                    + " HTTP 503 Service Unavailable: Simulated server failure. The next firing resumes it",
                    "Resuming run 1", "Scheduled run 1 COMPLETED").doesNotContain(SyncFixture.PRIMARY_KEY);
            assertThat(fixture.count("sync_run")).isOne();
            assertThat(fixture.count("cyber_asset")).isEqualTo(60);
        }
    }

    @Test
    void aBadCronOrZoneIsOneLineNamingTheVariableWithExitTwo() {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            var cron = fixture.cli().with("RCSYNC_SCHEDULE_CRON", "0 0 2 * * *").run("schedule");
            var zone = fixture.cli().with("RCSYNC_SCHEDULE_TIMEZONE", "Mars/Olympus").run("schedule");

            assertThat(cron.exitCode()).as(cron.toString()).isEqualTo(ExitCode.USAGE);
            assertThat(cron.err().lines()).singleElement().asString()
                    .startsWith("schedule: RCSYNC_SCHEDULE_CRON=0 0 2 * * * is invalid: Support for specifying both")
                    .contains("is not implemented; a Quartz cron expression has 6 or 7 fields", "'?'");
            assertThat(zone.exitCode()).as(zone.toString()).isEqualTo(ExitCode.USAGE);
            assertThat(zone.err().lines()).singleElement().asString().isEqualTo("schedule:"
                    + " RCSYNC_SCHEDULE_TIMEZONE=Mars/Olympus is invalid: expected a time zone such as UTC or Europe/Berlin");
        }
    }

    private static long completedRuns(SyncFixture fixture) {
        return countOrZero(() -> fixture.count("sync_run where status = 'COMPLETED'"));
    }

    private static long instances(SyncFixture fixture) {
        return countOrZero(() -> fixture.jdbc().sql("select count(*) from quartz.qrtz_scheduler_state")
                .query(Long.class).single());
    }

    /** Zero while the first process still creates the tables. */
    private static long countOrZero(LongSupplier count) {
        try {
            return count.getAsLong();
        } catch (DataAccessException tablesNotYetCreated) {
            return 0;
        }
    }

    private static List<Long> completedRunIds(String output) {
        Matcher matcher = COMPLETED.matcher(output);
        List<Long> ids = new ArrayList<>();
        while (matcher.find()) {
            ids.add(Long.parseLong(matcher.group(1)));
        }
        return ids;
    }

    /** Ordered by start, each execution ended before the next one started. */
    private static void assertNoTwoExecutionsOverlap(SyncFixture fixture) {
        List<Timestamp[]> executions = fixture.jdbc().sql(
                "select start_time, end_time from batch_job_execution order by start_time")
                .query((row, n) -> new Timestamp[] {row.getTimestamp(1), row.getTimestamp(2)}).list();
        for (int i = 1; i < executions.size(); i++) {
            assertThat(executions.get(i - 1)[1]).as("execution %d ended before the next started", i)
                    .isNotNull().isBeforeOrEqualTo(executions.get(i)[0]);
        }
    }
}
