package com.raptorcomply.sync.pull;

import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.testing.CliRunner;
import com.raptorcomply.sync.testing.LogCapture;
import com.raptorcomply.sync.testing.SyncFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Before V18 a mirror row's {@code received_hash} was the md5 of the re-serialized text, not of the element's bytes as
 * received; before V20, the md5 of those bytes, not their MurmurHash3. Either way no hash an older version recorded
 * matches an element after the upgrade: the first sync must hold nothing, compare every row in full, record no change
 * and bring the hashes up to date; the next one holds the elements.
 */
class HeldElementsUpgradeTest {

    @Test
    void theFirstSyncAfterTheUpgradeParsesEverythingChangesNothingAndTheNextHoldsTheElements() {
        try (var fixture = SyncFixture.start(Dialect.OPENAPI)) {
            assertThat(fixture.cli().run("sync").exitCode()).isZero();
            long history = fixture.count("cyber_asset_history");
            int assets = fixture.simulator().store().ids(ResourceType.CYBER_ASSET).size();
            // the hashes and list digests an older version recorded: of other texts
            for (ResourceType type : ResourceType.values()) {
                fixture.jdbc().sql("UPDATE raptor." + type.table() + " SET received_hash = md5(payload::text)")
                        .update();
            }
            fixture.jdbc().sql("UPDATE raptor.merged_list SET digest = md5('before V18' || resource)").update();

            List<String> upgraded = syncLogs(fixture);

            assertThat(upgraded).anyMatch(line -> line.matches(".*cyber assets: list read whole, " + assets
                    + " records read in [^,]* \\([0-9,]+ per second\\)"));
            assertThat(upgraded).noneMatch(line -> line.contains("as the mirror holds them"));
            assertThat(fixture.count("cyber_asset_history")).isEqualTo(history);
            assertThat(fixture.count("cyber_asset where received_hash = md5(payload::text)")).isZero();

            List<String> next = syncLogs(fixture);

            assertThat(next).anyMatch(line -> line.matches(".*cyber assets: list read whole, " + assets
                    + " records read in .*, [1-9][0-9]* of them as the mirror holds them \\(not parsed\\)"));
            assertThat(fixture.count("cyber_asset_history")).isEqualTo(history);
        }
    }

    private static List<String> syncLogs(SyncFixture fixture) {
        try (var logs = new LogCapture()) {
            CliRunner.Result result = fixture.cli().run("sync");
            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.out()).contains("unchanged");
            return logs.lines();
        }
    }
}
