package com.raptorcomply.sync.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.ops.ExitCode;
import com.raptorcomply.sync.simulator.SimulatorFaults;
import com.raptorcomply.sync.testing.CliRunner;
import com.raptorcomply.sync.testing.SyncFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every fault the API, the process or the warehouse can throw at a sync, against the simulator at
 * {@code -Drcsync.faults.assets} cyber assets (2,000 by default; {@code bench/fault-matrix.sh} runs 100,000). Each
 * case pushes a few desired assets and ends with the mirror equal to the simulator's data, every id and payload,
 * and each desired asset created exactly once; a case whose fault fails the run shows the failure, then
 * {@code sync --resume} without the fault completes it. A line per case (case, outcome, seconds) goes to
 * {@code target/fault-matrix.txt}.
 */
class FaultMatrixTest {

    static final int ASSETS = FaultData.size("rcsync.faults.assets", 2_000);
    private static final int DESIRED = 5;
    private static final Path REPORT = Path.of(System.getProperty("rcsync.faults.report", "target/fault-matrix.txt"));

    @TempDir
    Path temp;

    enum Fault {
        RATE_LIMIT_WITH_RETRY_AFTER, RATE_LIMIT_WITHOUT_RETRY_AFTER, RETRY_AFTER_BEYOND_MAX_WAIT, SERVER_ERROR_BURSTS,
        CONNECTION_DROPPED_MID_LIST, TRUNCATED_BODY, SLOWER_THAN_READ_TIMEOUT, KILLED_DURING_PULL,
        KILLED_DURING_MERGE, KILLED_DURING_PUSH, POSTGRES_RESTARTED_MID_RUN
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void theSyncEndsWithTheMirrorEqualToTheApiAndNoDuplicateCreate(Fault fault) throws Exception {
        long start = System.nanoTime();
        try (var fixture = FaultData.start(ASSETS, 11)) {
            FaultData.desireNewAssets(fixture, 0, DESIRED);

            String outcome = inject(fault, fixture);

            MirrorCheck.assertMirrorEqualsSimulator(fixture, Set.of());
            FaultData.assertEachDesiredCreatedOnce(fixture);
            assertThat(fixture.jdbc().sql("SELECT status FROM raptor.sync_run").query(String.class).list())
                    .containsExactly("COMPLETED");
            report(fault, outcome, start);
        }
    }

    private String inject(Fault fault, SyncFixture fixture) throws Exception {
        SimulatorFaults faults = fixture.simulator().faults();
        CliRunner cli = fixture.cli();
        int middle = ASSETS / 2;
        return switch (fault) {
            case RATE_LIMIT_WITH_RETRY_AFTER -> completes(fixture, oneAtATime(cli), () -> faults.rateLimitEvery(3, 1));
            case RATE_LIMIT_WITHOUT_RETRY_AFTER -> completes(fixture, oneAtATime(cli),
                    () -> faults.rateLimitEvery(2, null));
            case RETRY_AFTER_BEYOND_MAX_WAIT -> failsThenResumes(fixture, cli, () -> faults.rateLimitEvery(2, 3600),
                    "RCSYNC_MAX_RETRY_WAIT=5m00s allows; gave up without retrying");
            case SERVER_ERROR_BURSTS -> completes(fixture, cli, () -> faults
                    .failListBurst(ResourceType.CYBER_ASSET, 503, 2).failListBurst(ResourceType.FACILITY, 500, 2)
                    .failListBurst(ResourceType.CYBER_SYSTEM, 502, 1).failBurst("POST", "/cyber-assets", 429, 1));
            case CONNECTION_DROPPED_MID_LIST -> failsThenResumes(fixture, cli,
                    () -> faults.dropMidBody("/cyber-assets", middle, 1), "GET /cyber-assets");
            case TRUNCATED_BODY -> failsThenResumes(fixture, cli,
                    () -> faults.truncateBody("/cyber-assets", middle, 1), "GET /cyber-assets");
            case SLOWER_THAN_READ_TIMEOUT -> failsThenResumes(fixture, cli.with("RCSYNC_READ_TIMEOUT", "2s"),
                    () -> faults.stallMidList("/cyber-assets", middle, Duration.ofSeconds(6), 1), "GET /cyber-assets");
            case KILLED_DURING_PULL -> {
                faults.stallMidList("/cyber-assets", middle, Duration.ofSeconds(20), 1);
                yield killed(fixture, Interruptions.killWhen(cli, temp.resolve("pull.log"), "the cyber-asset pull",
                        () -> Interruptions.stepRunning(fixture, "pullCyberAssets")));
            }
            case KILLED_DURING_MERGE -> killed(fixture, Interruptions.killDuringMerge(fixture, cli,
                    temp.resolve("merge.log")));
            case KILLED_DURING_PUSH -> {
                faults.delay("POST", "/cyber-assets", Duration.ofSeconds(2));
                CliRunner shortCalls = cli.with("RCSYNC_CALL_TIMEOUT", "5s");
                yield killed(fixture, Interruptions.killWhen(shortCalls, temp.resolve("push.log"), "a create sent",
                        () -> Interruptions.anyPushSent(fixture)));
            }
            case POSTGRES_RESTARTED_MID_RUN -> {
                faults.stallMidList("/cyber-assets", middle, Duration.ofSeconds(5), 1);
                var result = Interruptions.restartPostgresWhen(fixture,
                        cli.with("SPRING_DATASOURCE_HIKARI_CONNECTION_TIMEOUT", "2000"),
                        () -> Interruptions.stepRunning(fixture, "pullCyberAssets"));
                assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.RUN_FAILED);
                yield "exit 1 (" + lastLine(result.err()) + "), resumed: " + resume(fixture);
            }
        };
    }

    /**
     * Requests one after another: a rate limit on every n-th request then never hits the same request's retry,
     * whereas concurrent pushes could draw 429 on every attempt of one create and run out of retries (correctly).
     */
    private static CliRunner oneAtATime(CliRunner cli) {
        return cli.with("RCSYNC_PUSH_CONCURRENCY", "1");
    }

    private static String completes(SyncFixture fixture, CliRunner cli, Runnable fault) {
        fault.run();
        var result = cli.run("sync");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        fixture.simulator().faults().clear();
        return "completed in one run";
    }

    private static String failsThenResumes(SyncFixture fixture, CliRunner cli, Runnable fault, String says) {
        fault.run();
        var result = cli.run("sync");
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.RUN_FAILED);
        assertThat(result.err()).as(result.toString()).contains(says);
        return "exit 1 (" + lastLine(result.err()) + "), resumed: " + resume(fixture);
    }

    private static String killed(SyncFixture fixture, int exitCode) {
        assertThat(exitCode).as("SIGKILL").isEqualTo(137);
        return "killed, resumed: " + resume(fixture);
    }

    private static String resume(SyncFixture fixture) {
        fixture.simulator().faults().clear();
        var resumed = fixture.cli().run("sync", "--resume");
        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
        return "exit 0";
    }

    private static String lastLine(String err) {
        String last = err.strip().lines().reduce((first, second) -> second).orElse("");
        return last.length() > 160 ? last.substring(0, 160) + "..." : last;
    }

    private static void report(Fault fault, String outcome, long startNanos) throws IOException {
        String line = String.format(Locale.ROOT, "%-32s %-8s %6.1f s  %s%n", fault.name().toLowerCase(Locale.ROOT),
                "PASS", (System.nanoTime() - startNanos) / 1e9, outcome);
        Files.createDirectories(REPORT.toAbsolutePath().getParent());
        Files.writeString(REPORT, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.print(line);
    }
}
