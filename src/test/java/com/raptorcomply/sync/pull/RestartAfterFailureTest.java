package com.raptorcomply.sync.pull;

import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.ops.ExitCode;
import com.raptorcomply.sync.simulator.SimulatorRequest;
import com.raptorcomply.sync.testing.SyncFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A failed run is restarted where it stopped: completed lists are neither fetched nor merged twice. */
class RestartAfterFailureTest {

    private static final List<String> COMPLETED_LISTS = List.of("/facilities", "/control-centers", "/cyber-systems");

    @Test
    void aServerErrorStormFailsTheRunAndARestartCompletesItWithoutRefetching() {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            fixture.simulator().faults().failListBurst(ResourceType.CYBER_ASSET, 503, 1_000);

            var failed = fixture.cli().run("sync");

            assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(ExitCode.RUN_FAILED);
            assertThat(failed.err()).contains("FAILED").contains("/cyber-assets").contains("restart --last-failed");
            assertThat(fixture.count("staging_record where resource = 'facility'")).isEqualTo(6);
            assertThat(fixture.count("staging_record where resource = 'cyber_system'")).isEqualTo(12);
            assertThat(fixture.count("cyber_asset") + fixture.count("facility")).isZero();
            assertThat(fixture.jdbc().sql("select status from raptor.sync_run").query(String.class).single())
                    .isEqualTo("FAILED");

            fixture.simulator().faults().clear();
            fixture.simulator().clearRequests();
            var restarted = fixture.cli().run("restart", "--last-failed");

            assertThat(restarted.exitCode()).as(restarted.toString()).isZero();
            assertThat(listRequests(fixture)).containsExactly("/cyber-assets");
            assertThat(fixture.count("facility")).isEqualTo(6);
            assertThat(fixture.count("cyber_asset")).isEqualTo(60);
            assertThat(fixture.count("staging_record")).isZero();
            assertThat(fixture.jdbc().sql("select status || ' ' || attempts from raptor.sync_run")
                    .query(String.class).single()).isEqualTo("COMPLETED 2");
        }
    }

    @Test
    void resumeContinuesTheFailedRunAndOnlyTheLatestRunCanBeRestarted() {
        try (var fixture = SyncFixture.start(Dialect.OPENAPI)) {
            fixture.simulator().faults().htmlInsteadOfJson("/cyber-systems", 1_000);
            var failed = fixture.cli().run("sync");
            assertThat(failed.exitCode()).isEqualTo(ExitCode.RUN_FAILED);
            long failedExecution = fixture.jdbc().sql("select job_execution_id from raptor.sync_run")
                    .query(Long.class).single();
            fixture.simulator().faults().clear();

            var resumed = fixture.cli().run("sync", "--resume");
            var fresh = fixture.cli().run("sync");
            var stale = fixture.cli().run("restart", String.valueOf(failedExecution));

            assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
            assertThat(resumed.out()).startsWith("Run 1 ");
            assertThat(fresh.exitCode()).isZero();
            assertThat(fresh.out()).startsWith("Run 2 ");
            assertThat(stale.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(stale.err()).contains("not the latest run");
            assertThat(fixture.cli().run("restart", "--last-failed").exitCode()).isEqualTo(ExitCode.USAGE);
        }
    }

    @Test
    void aBodyThatIsNotJsonFailsTheStepWithAClearMessage() {
        try (var fixture = SyncFixture.start(Dialect.OPENAPI)) {
            fixture.simulator().faults().htmlInsteadOfJson("/cyber-systems", 1_000);

            var result = fixture.cli().run("sync");

            assertThat(result.exitCode()).isEqualTo(ExitCode.RUN_FAILED);
            assertThat(result.err()).contains("/cyber-systems").contains("expected a JSON array, found a body that is not JSON")
                    .contains("text/html");
            assertThat(fixture.count("cyber_system") + fixture.count("facility")).isZero();
        }
    }

    /** The lists the simulator was asked for, in order. */
    static List<String> listRequests(SyncFixture fixture) {
        return fixture.simulator().requests().stream()
                .filter(request -> request.method().equals("GET"))
                .map(SimulatorRequest::path)
                .filter(path -> path.chars().filter(c -> c == '/').count() == 1)
                .toList();
    }
}
