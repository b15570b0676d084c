package com.raptorcomply.sync.push;

import static com.raptorcomply.sync.push.PushFixtures.desire;
import static com.raptorcomply.sync.push.PushFixtures.newAssetAttributes;
import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.simulator.SimulatorRequest;
import com.raptorcomply.sync.testing.ForkedCli;
import com.raptorcomply.sync.testing.SyncFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.dao.DataAccessException;

/** A create whose outcome was lost (500 after applying, a read timeout, a killed process) never makes a duplicate. */
class PushExactlyOnceTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aPostAppliedThenAnswered500IsFoundByItsNaturalKeyAndLinked(Dialect dialect) {
        try (var fixture = SyncFixture.start(dialect)) {
            assertThat(fixture.cli().run("sync").exitCode()).isZero();
            desireNew(fixture, dialect, 3);
            fixture.simulator().faults().applyPostThenFail(2);

            var result = fixture.cli().run("sync");

            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.out()).contains("Push: create 3 done");
            assertEveryDesiredRowLinkedOnce(fixture, dialect, 3);
            assertThat(posts(fixture)).isEqualTo(3);

            var again = fixture.cli().run("sync");

            assertThat(again.out()).contains("Push: nothing to push");
            assertThat(posts(fixture)).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aPostThatTimedOutIsNeverSentAgainAndIsLinkedOnceTheServerHasIt(Dialect dialect) throws Exception {
        try (var fixture = SyncFixture.start(dialect)) {
            assertThat(fixture.cli().run("sync").exitCode()).isZero();
            desireNew(fixture, dialect, 2);
            fixture.simulator().faults().delay("POST", "/cyber-assets", Duration.ofMillis(1500));

            var timedOut = fixture.cli().with("RCSYNC_READ_TIMEOUT", "300ms").run("sync");

            assertThat(timedOut.exitCode()).as(timedOut.toString()).isZero();
            awaitPostsAnswered(fixture, 2);
            fixture.simulator().faults().clear();
            var next = fixture.cli().run("sync");

            assertThat(next.exitCode()).as(next.toString()).isZero();
            assertEveryDesiredRowLinkedOnce(fixture, dialect, 2);
            assertThat(posts(fixture)).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aProcessKilledInThePushStepResumesWithoutDuplicates(Dialect dialect) throws Exception {
        try (var fixture = SyncFixture.start(dialect)) {
            assertThat(fixture.cli().run("sync").exitCode()).isZero();
            desireNew(fixture, dialect, 30);
            // The POSTs in flight when the process dies land 8 s later, after the resumed run first looks for them:
            // it must wait until they can no longer be in flight (the 12 s call timeout) before it sends anything.
            fixture.simulator().faults().delay("POST", "/cyber-assets", Duration.ofSeconds(8));
            var cli = fixture.cli().with("RCSYNC_PUSH_CONCURRENCY", "2").with("RCSYNC_CALL_TIMEOUT", "12s");
            var sync = ForkedCli.start(cli, temp.resolve("killed.log"), "sync");
            sync.awaitWhileRunning("some creates done", Duration.ofSeconds(120), () -> done(fixture) >= 4);

            sync.kill();
            Instant killedAt = Instant.now();
            sync.awaitExit(Duration.ofSeconds(60));
            assertThat(done(fixture)).isLessThan(30);
            fixture.simulator().faults().clear();
            var resumed = cli.run("sync", "--resume");
            // A duplicate can only show once the POSTs the dead process left in flight have landed (8 s after sent).
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), killedAt.plusSeconds(9)).toMillis()));

            assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
            assertThat(resumed.out()).contains("Run 2 (execution 3)").contains("Push: create 30 done");
            assertEveryDesiredRowLinkedOnce(fixture, dialect, 30);
            assertThat(PushFixtures.mirrorPayloads(fixture)).isEqualTo(PushFixtures.apiAssets(fixture));
        }
    }

    private static void desireNew(SyncFixture fixture, Dialect dialect, int count) {
        String system = PushFixtures.liveSystem(fixture, 2);
        for (int i = 0; i < count; i++) {
            desire(fixture, "NEW-" + i, null, "New asset " + i, system, newAssetAttributes(dialect, "T-" + i), false);
        }
    }

    private static void assertEveryDesiredRowLinkedOnce(SyncFixture fixture, Dialect dialect, int count) {
        PushFixtures.assertEachCreatedOnceAndLinked(fixture, dialect, "New asset ", count);
    }

    private static long posts(SyncFixture fixture) {
        return PushFixtures.posts(fixture);
    }

    private static void awaitPostsAnswered(SyncFixture fixture, int count) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (fixture.simulator().requests().stream()
                .filter(r -> r.method().equals("POST") && r.status() == 201).count() < count) {
            assertThat(Instant.now()).as("the simulator answered the delayed POSTs").isBefore(deadline);
            Thread.sleep(100);
        }
    }

    private static long done(SyncFixture fixture) {
        try {
            return fixture.count("cyber_asset_push where status = 'done'");
        } catch (DataAccessException notYetMigrated) {
            return 0;
        }
    }
}
