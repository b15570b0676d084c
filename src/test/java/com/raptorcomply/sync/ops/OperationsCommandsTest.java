package com.raptorcomply.sync.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.testing.CliRunner;
import com.raptorcomply.sync.testing.SyncFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What ops on call use: status (text and JSON), recover, plan, and the zero-setup demo. */
class OperationsCommandsTest {

    @Test
    void statusShowsRunsStepsAndCountsAsTextAndJson() throws Exception {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            var empty = fixture.cli().run("status");
            assertThat(empty.exitCode()).isZero();
            assertThat(empty.out()).contains("No runs yet");

            fixture.cli().run("sync");
            fixture.cli().run("plan");
            var text = fixture.cli().run("status");
            var json = fixture.cli().run("status", "--json", "--limit", "1");

            assertThat(text.exitCode()).isZero();
            assertThat(text.out()).containsPattern("\\n1\\s+COMPLETED").containsPattern("\\n2\\s+COMPLETED")
                    .contains("primary", "dry run", "step pullCyberAssets", "read 60, staged 60", "cyber assets");
            JsonNode status = new ObjectMapper().readTree(json.out());
            JsonNode runs = status.get("runs");
            assertThat(runs).hasSize(1);
            assertThat(runs.get(0).get("runId").asLong()).isEqualTo(2);
            assertThat(runs.get(0).get("dryRun").asBoolean()).isTrue();
            assertThat(runs.get(0).get("keySlot").asText()).isEqualTo("primary");
            assertThat(runs.get(0).at("/resources/3/unchanged").asInt()).isEqualTo(60);
            assertThat(runs.get(0).get("steps")).as("a dry run: four pulls, the merge and the plan").hasSize(6);
            assertThat(fixture.count("sync_run where dry_run")).isEqualTo(1);
            assertThat(status.at("/schedule/trigger").isNull()).isTrue();
            assertThat(text.out()).contains("Schedule: none stored");
        }
    }

    @Test
    void recoverSaysWhenThereIsNothingToRecover() {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            var result = fixture.cli().run("recover");

            assertThat(result.exitCode()).isZero();
            assertThat(result.out()).contains("Nothing to recover");
        }
    }

    @Test
    void recoverMarksAnExecutionLeftStartedFailedSoItCanBeRestarted() {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            fixture.simulator().faults().htmlInsteadOfJson("/cyber-assets", 1);
            fixture.cli().run("sync");
            fixture.jdbc().sql("update batch_job_execution set status = 'STARTED', end_time = null").update();

            var recovered = fixture.cli().run("recover");
            var restarted = fixture.cli().run("restart", "--last-failed");

            assertThat(recovered.exitCode()).as(recovered.toString()).isZero();
            assertThat(recovered.out()).contains("Execution 1 of run 1 marked FAILED");
            assertThat(restarted.exitCode()).as(restarted.toString()).isZero();
            assertThat(fixture.count("cyber_asset")).isEqualTo(60);
        }
    }

    @Test
    void demoRunsAFullSyncOnAnEmbeddedDatabase(@TempDir Path dataDir) {
        var result = new CliRunner().with("RCSYNC_DATA_DIR", dataDir.toString()).run("demo");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("holds 12 facilities, 3 control centers, 40 cyber systems, 400 cyber assets")
                .contains("COMPLETED").containsPattern("cyber assets\\s+400")
                .contains("psql \"postgresql://postgres@localhost:").contains("v_cyber_asset_inventory");
        assertThat(dataDir.resolve("postgres")).isDirectory();
    }
}
