package com.raptorcomply.sync.pull;

import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.ops.ExitCode;
import com.raptorcomply.sync.testing.SyncFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A shrunken list stops the run before anything is deleted; bad records are reported, never spoil the rest. */
class SafetyAndBadInputTest {

    @Test
    void theShrinkGuardStopsTheRunUntilAPersonAllowsIt() {
        try (var fixture = SyncFixture.start(Dialect.OPENAPI)) {
            assertThat(fixture.cli().run("sync").exitCode()).isZero();
            List<String> assets = fixture.simulator().store().ids(ResourceType.CYBER_ASSET);
            assets.subList(0, 40).forEach(id -> fixture.simulator().store().remove(ResourceType.CYBER_ASSET, id));

            var blocked = fixture.cli().run("sync");

            assertThat(blocked.exitCode()).as(blocked.toString()).isEqualTo(ExitCode.SAFETY_LIMIT);
            assertThat(blocked.err()).contains("--allow-shrink").contains("RCSYNC_MAX_SHRINK_PERCENT");
            assertThat(fixture.count("cyber_asset where deleted_at is not null")).isZero();
            assertThat(fixture.count("cyber_asset_history where change = 'deleted'")).isZero();
            assertThat(fixture.count("staging_record")).isZero();
            assertThat(fixture.jdbc().sql("select status from raptor.sync_run order by run_id desc limit 1")
                    .query(String.class).single()).isEqualTo("SHRINK_BLOCKED");

            var allowed = fixture.cli().run("sync", "--allow-shrink");

            assertThat(allowed.exitCode()).as(allowed.toString()).isZero();
            assertThat(fixture.count("cyber_asset where deleted_at is not null")).isEqualTo(40);
            assertThat(fixture.count("cyber_asset_history where change = 'deleted'")).isEqualTo(40);
        }
    }

    @Test
    void aHigherShrinkLimitLetsTheSameLossThrough() {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            assertThat(fixture.cli().run("sync").exitCode()).isZero();
            List<String> assets = fixture.simulator().store().ids(ResourceType.CYBER_ASSET);
            assets.subList(0, 40).forEach(id -> fixture.simulator().store().remove(ResourceType.CYBER_ASSET, id));

            var result = fixture.cli().with("RCSYNC_MAX_SHRINK_PERCENT", "80").run("sync");

            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(fixture.count("cyber_asset where deleted_at is not null")).isEqualTo(40);
        }
    }

    @Test
    void anInvalidShrinkLimitIsAConfigurationError() {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            var result = fixture.cli().with("RCSYNC_MAX_SHRINK_PERCENT", "150").run("sync");

            assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(result.err().strip()).isEqualTo("sync: RCSYNC_MAX_SHRINK_PERCENT=150 is invalid: must be less than or equal to 100");
            assertThat(fixture.simulator().requests()).isEmpty();
        }
    }

    @Test
    void malformedRecordsAreReportedAndTheRestStored() {
        try (var fixture = SyncFixture.start(Dialect.OPENAPI)) {
            var store = fixture.simulator().store();
            List<String> assets = store.ids(ResourceType.CYBER_ASSET);
            String objectName = assets.get(6);
            String textBoolean = assets.get(7);
            store.put(ResourceType.CYBER_ASSET, store.get(ResourceType.CYBER_ASSET, assets.get(5)).orElseThrow()
                    .put("id", "   "));
            store.update(ResourceType.CYBER_ASSET, objectName, asset -> asset.putObject("assetTitle").put("en", "x"));
            store.update(ResourceType.CYBER_ASSET, textBoolean, asset -> asset.put("inService", "yes"));

            var result = fixture.cli().run("sync");

            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.out()).containsPattern("cyber assets\\s+58\\s+0\\s+0\\s+0\\s+0\\s+3");
            assertThat(result.out()).contains("Rejected cyber_asset: element 60: field 'id'")
                    .contains("(id " + objectName + "): field 'assetTitle': expected a string")
                    .contains("(id " + textBoolean + "): field 'inService': expected a boolean");
            assertThat(fixture.jdbc().sql("select coalesce(record_id, '-') || ' ' || field"
                    + " from raptor.sync_run_rejection").query(String.class).list())
                    .containsExactlyInAnyOrder("- id", objectName + " assetTitle", textBoolean + " inService");
            assertThat(fixture.count("cyber_asset")).isEqualTo(58);
            assertThat(fixture.count("facility")).isEqualTo(6);
        }
    }
}
