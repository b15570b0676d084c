package com.raptorcomply.sync.push;

import static com.raptorcomply.sync.push.PushFixtures.desire;
import static com.raptorcomply.sync.push.PushFixtures.ledger;
import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.testing.ForkedCli;
import com.raptorcomply.sync.testing.SyncFixture;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataAccessException;

/**
 * The push marks a window of rows {@code sent} in one transaction before their requests go out: rows marked but
 * never sent are settled like any unknown outcome after a crash, and planned again when the step stops itself.
 */
class PushWindowsTest {

    private static final int ROWS = 20;

    @TempDir
    Path temp;

    @Test
    void aKillBetweenTheWindowsSentMarkAndItsRequestsLeavesTheRowsSentAndTheRestartSendsEachOnce() throws Exception {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            assertThat(fixture.cli().run("sync").exitCode()).isZero();
            desireNew(fixture);
            // One request at a time, each held 3 s by the server: the kill comes while the first is in flight and
            // the rows marked with it have not been sent at all.
            fixture.simulator().faults().delay("POST", "/cyber-assets", Duration.ofSeconds(3));
            var cli = fixture.cli().with("RCSYNC_PUSH_CONCURRENCY", "1").with("RCSYNC_CALL_TIMEOUT", "5s");
            var sync = ForkedCli.start(cli, temp.resolve("killed.log"), "sync");
            sync.awaitWhileRunning("window marked sent", Duration.ofSeconds(300),
                    () -> safeCount(fixture, "status = 'sent'") > 1);

            sync.kill();
            sync.awaitExit(Duration.ofSeconds(60));
            long markedAtKill = ledger(fixture, "status = 'sent'");
            assertThat(markedAtKill).as("more rows marked than one request in flight").isGreaterThan(1);
            assertThat(ledger(fixture, "status = 'done'")).isZero();
            fixture.simulator().faults().clear();
            var resumed = cli.run("sync", "--resume");

            assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
            assertThat(resumed.out()).contains("Run 2 (execution 3)").contains("Push: create " + ROWS + " done");
            assertThat(posts(fixture)).as("every asset requested exactly once, the one in flight at the kill too")
                    .isEqualTo(ROWS);
            assertEachCreatedOnceAndLinked(fixture);
            assertThat(PushFixtures.mirrorPayloads(fixture)).isEqualTo(PushFixtures.apiAssets(fixture));
        }
    }

    @Test
    void rowsMarkedSentButNeverSentArePlannedAgainWhenTheApiBecomesUnusable() {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            assertThat(fixture.cli().run("sync").exitCode()).isZero();
            desireNew(fixture);
            fixture.simulator().faults().failBurst("POST", "/cyber-assets", 403, 1);
            var cli = fixture.cli().with("RCSYNC_PUSH_CONCURRENCY", "1");

            var failed = cli.run("sync");

            assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
            assertThat(posts(fixture)).isEqualTo(1);
            assertThat(ledger(fixture, "run_id = 2 and status = 'planned'")).isEqualTo(ROWS);
            assertThat(ledger(fixture, "run_id = 2 and attempts = 1")).as("only the refused request counts").isEqualTo(1);
            fixture.simulator().faults().clear();

            var resumed = cli.run("sync", "--resume");

            assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
            assertThat(resumed.out()).contains("Push: create " + ROWS + " done");
            assertThat(posts(fixture)).isEqualTo(ROWS + 1);
            assertEachCreatedOnceAndLinked(fixture);
        }
    }

    private static void desireNew(SyncFixture fixture) {
        String system = PushFixtures.liveSystem(fixture, 1);
        for (int i = 0; i < ROWS; i++) {
            desire(fixture, "WIN-" + i, null, "Window asset " + i, system, PushFixtures.JSON.createObjectNode(), false);
        }
    }

    private static void assertEachCreatedOnceAndLinked(SyncFixture fixture) {
        PushFixtures.assertEachCreatedOnceAndLinked(fixture, Dialect.DOCS, "Window asset ", ROWS);
    }

    private static long posts(SyncFixture fixture) {
        return PushFixtures.posts(fixture);
    }

    private static long safeCount(SyncFixture fixture, String where) {
        try {
            return ledger(fixture, where);
        } catch (DataAccessException notYetMigrated) {
            return 0;
        }
    }
}
