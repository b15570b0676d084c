package com.raptorcomply.sync.push;

import static com.raptorcomply.sync.push.PushFixtures.desire;
import static com.raptorcomply.sync.push.PushFixtures.newAssetAttributes;
import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.testing.SyncFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An API that stops answering in the push step fails the run (exit 1); the restart resumes from the push step. */
class PushApiDownTest {

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theRunFailsWithExit1AndResumesFromThePushStepWithoutDuplicates(Dialect dialect) {
        try (var fixture = SyncFixture.start(dialect)) {
            assertThat(fixture.cli().run("sync").exitCode()).isZero();
            String system = PushFixtures.liveSystem(fixture, 0);
            for (int i = 0; i < 3; i++) {
                desire(fixture, "NEW-" + i, null, "Down asset " + i, system, newAssetAttributes(dialect, "T-" + i), false);
            }
            var faults = fixture.simulator().faults();
            faults.onNextRequest("POST", "/cyber-assets", () -> faults.failBurst(null, "/cyber-assets", 503, 1000));

            var failed = fixture.cli().run("sync");

            assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
            assertThat(failed.err()).contains("Run 2 FAILED").contains("503").contains("sync --resume");
            faults.clear();
            fixture.simulator().clearRequests();

            var resumed = fixture.cli().run("sync", "--resume");

            assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
            assertThat(resumed.out()).contains("Run 2 (execution 3)").contains("Push: create 3 done");
            assertThat(fixture.simulator().requests()).as("the completed pull steps are not redone")
                    .noneMatch(request -> request.path().equals("/facilities"));
            assertThat(fixture.count("cyber_asset_desired where remote_id is null")).isZero();
            assertThat(fixture.count("cyber_asset where name like 'Down asset %' and deleted_at is null")).isEqualTo(3);
            assertThat(PushFixtures.apiAssets(fixture).values().stream()
                    .filter(asset -> asset.toString().contains("Down asset"))).hasSize(3);
        }
    }
}
