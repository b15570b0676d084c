package com.raptorcomply.sync.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.testing.ForkedCli;
import com.raptorcomply.sync.testing.SyncFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code status} tells a person on call what happened and what to type next, for each way a run can end. */
class StatusCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void aCompletedRunIsATableWithLocalTimeDurationKeyAndCountsAndNoNextCommand() throws Exception {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            fixture.cli().run("sync");

            var text = fixture.cli().with("TZ", null).run("status");
            JsonNode run = latestRun(fixture);

            assertThat(text.exitCode()).as(text.toString()).isZero();
            assertThat(text.out()).contains("times in " + java.time.ZoneId.systemDefault().getId())
                    .containsPattern("1\\s+COMPLETED\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\s+\\d+\\.\\d s\\s+primary")
                    .containsPattern("cyber assets\\s+60\\s+0\\s+0\\s+0\\s+0\\s+0\\s+0")
                    .contains("step pullCyberAssets").doesNotContain("MergeCounts[").doesNotContain("next:");
            assertThat(run.get("status").asText()).isEqualTo("COMPLETED");
            assertThat(run.get("keySlot").asText()).isEqualTo("primary");
            assertThat(run.get("durationSeconds").asDouble()).isPositive();
            assertThat(run.get("failure").isNull()).isTrue();
            assertThat(run.get("nextCommand").isNull()).isTrue();
        }
    }

    @Test
    void aFailedRunNamesItsStepItsErrorInOneLineAndRestartLastFailed() throws Exception {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            fixture.simulator().faults().htmlInsteadOfJson("/cyber-assets", 10);
            assertThat(fixture.cli().run("sync").exitCode()).isEqualTo(ExitCode.RUN_FAILED);

            var text = fixture.cli().run("status");
            JsonNode run = latestRun(fixture);

            assertThat(text.out()).contains("FAILED").contains("failed in step pullCyberAssets: ")
                    .contains("next: fix the cause, then 'restart --last-failed' (or 'sync --resume')")
                    .doesNotContain("\tat ").doesNotContain("Caused by");
            assertThat(run.at("/failure/step").asText()).isEqualTo("pullCyberAssets");
            assertThat(run.at("/failure/error").asText()).doesNotContain("\n").contains("/cyber-assets");
            assertThat(run.get("nextCommand").asText()).isEqualTo("restart --last-failed");

            fixture.simulator().faults().clear();
            assertThat(fixture.cli().run(run.get("nextCommand").asText().split(" ")).exitCode()).isZero();
            assertThat(latestRun(fixture).get("status").asText()).isEqualTo("COMPLETED");
        }
    }

    @Test
    void aShrinkBlockedRunSaysSyncAllowShrink() throws Exception {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            fixture.cli().run("sync");
            List<String> assets = new ArrayList<>(fixture.simulator().store().ids(ResourceType.CYBER_ASSET));
            assets.subList(0, 40).forEach(id -> fixture.simulator().store().remove(ResourceType.CYBER_ASSET, id));
            assertThat(fixture.cli().run("sync").exitCode()).isEqualTo(ExitCode.SAFETY_LIMIT);

            var text = fixture.cli().run("status");
            JsonNode runs = JSON.readTree(fixture.cli().run("status", "--json").out()).get("runs");

            assertThat(text.out()).contains("SHRINK_BLOCKED").contains("blocked in step mergeMirror: shrink guard: cyber assets: list would delete 40 of 60")
                    .contains("next: if the records really went away upstream, 'sync --allow-shrink'");
            assertThat(runs.get(0).get("nextCommand").asText()).isEqualTo("sync --allow-shrink");
            assertThat(runs.get(0).at("/failure/step").asText()).isEqualTo("mergeMirror");
            assertThat(runs.get(1).get("nextCommand").isNull()).as("an older run is not continued").isTrue();
        }
    }

    @Test
    void aStoppedRunSaysSyncResume() throws Exception {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            var sync = syncWaitingForCyberSystems(fixture, Duration.ofSeconds(3));
            sync.terminate();
            assertThat(sync.awaitExit(Duration.ofSeconds(90))).as(sync.output()).isEqualTo(ExitCode.RUN_FAILED);

            var text = fixture.cli().run("status");
            JsonNode run = latestRun(fixture);

            assertThat(text.out()).contains("STOPPED").contains("stopped in step pullCyberSystems")
                    .contains("next: 'sync --resume' continues it from where it stopped");
            assertThat(run.get("nextCommand").asText()).isEqualTo("sync --resume");
            assertThat(run.at("/failure/step").asText()).isEqualTo("pullCyberSystems");
            assertThat(run.at("/failure/error").asText())
                    .isEqualTo("stopped before it finished (shutdown signal or lost run lock)");
        }
    }

    @Test
    void aRunningRunIsSaidToRunAndOneLeftByADeadProcessSaysSyncResume() throws Exception {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            var sync = syncWaitingForCyberSystems(fixture, Duration.ofSeconds(30));

            var running = fixture.cli().run("status");
            sync.kill();
            sync.awaitExit(Duration.ofSeconds(90));
            var orphaned = fixture.cli().run("status");

            assertThat(running.out()).contains("A sync is running now (since ").contains("STARTED")
                    .doesNotContain("next:");
            assertThat(orphaned.out()).doesNotContain("A sync is running now")
                    .contains("next: its process died (no sync is running now): 'sync --resume' recovers and resumes it");
        }
    }

    @Test
    void theJsonShapeIsTheDocumentedOne() throws Exception {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            fixture.cli().run("sync");

            JsonNode status = JSON.readTree(fixture.cli().run("status", "--json").out());
            JsonNode run = status.get("runs").get(0);

            assertThat(fieldNames(status)).containsExactly("timeZone", "runningNow", "runs", "schedule");
            assertThat(fieldNames(status.get("schedule"))).containsExactly("trigger", "instances");
            assertThat(fieldNames(run)).containsExactly("runId", "status", "startedAt", "finishedAt",
                    "durationSeconds", "keySlot", "dryRun", "attempts", "executionId", "resources",
                    "typeDriftWarnings", "steps", "failure", "nextCommand", "push");
            assertThat(fieldNames(run.get("resources").get(0))).containsExactly("resource", "created", "updated",
                    "deleted", "restored", "unchanged", "rejected", "kept", "deferred");
            assertThat(fieldNames(run.get("steps").get(0))).containsExactly("name", "status", "read", "staged",
                    "durationSeconds");
            assertThat(run.get("startedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
            assertThat(run.get("resources").get(3).get("resource").asText()).isEqualTo("cyber assets");
            assertThat(run.get("resources").get(3).get("created").isInt()).isTrue();
        }
    }

    /** A sync in a process of its own, inside pullCyberSystems, whose list answers after {@code delay}. */
    private ForkedCli syncWaitingForCyberSystems(SyncFixture fixture, Duration delay) throws InterruptedException {
        fixture.simulator().faults().delay("GET", "/cyber-systems", delay);
        var sync = ForkedCli.start(fixture.cli(), temp.resolve("sync.log"), "sync");
        sync.awaitWhileRunning("pullCyberSystems running", Duration.ofSeconds(120),
                () -> InterruptedRunTest.stepRunning(fixture, "pullCyberSystems"));
        return sync;
    }

    private static JsonNode latestRun(SyncFixture fixture) throws Exception {
        return JSON.readTree(fixture.cli().run("status", "--json", "--limit", "1").out()).get("runs").get(0);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
