package com.raptorcomply.sync.pull;

import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.ops.ExitCode;
import com.raptorcomply.sync.testing.CliRunner;
import com.raptorcomply.sync.testing.LogCapture;
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
    void everyRecordFlaggedDeletedIsALossTheShrinkGuardStops() {
        try (var fixture = SyncFixture.start(Dialect.OPENAPI)) {
            assertThat(fixture.cli().run("sync").exitCode()).isZero();
            var store = fixture.simulator().store();
            store.ids(ResourceType.CYBER_ASSET).forEach(id -> store.markDeleted(ResourceType.CYBER_ASSET, id));

            CliRunner.Result blocked;
            try (var logs = new LogCapture()) {
                blocked = fixture.cli().run("sync");
                assertThat(logs.lines()).anyMatch(line -> line.contains("cyber assets: list would delete 60 of 60"
                        + " live rows (0 missing, 60 flagged isDeleted"));
            }

            assertThat(blocked.exitCode()).as(blocked.toString()).isEqualTo(ExitCode.SAFETY_LIMIT);
            assertThat(fixture.count("cyber_asset where deleted_at is not null")).isZero();
            assertThat(fixture.count("cyber_asset_history where change = 'deleted'")).isZero();

            var allowed = fixture.cli().run("sync", "--allow-shrink");

            assertThat(allowed.exitCode()).as(allowed.toString()).isZero();
            assertThat(fixture.count("cyber_asset where deleted_at is not null")).isEqualTo(60);
        }
    }

    @Test
    void aBadIdIsRejectedAndABadRelationIdKeepsTheKnownRowAsItWas() {
        try (var fixture = SyncFixture.start(Dialect.OPENAPI)) {
            assertThat(fixture.cli().run("sync").exitCode()).isZero();
            var store = fixture.simulator().store();
            String moved = store.ids(ResourceType.CYBER_ASSET).get(6);
            String before = payload(fixture, moved);
            store.update(ResourceType.CYBER_ASSET, moved, asset -> asset.putObject("cyberSystemId").put("id", "cs"));
            store.put(ResourceType.CYBER_ASSET, store.get(ResourceType.CYBER_ASSET, moved).orElseThrow()
                    .put("id", "   ").put("cyberSystemId", "cs_x"));

            var result = fixture.cli().run("sync");

            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.out()).containsPattern("cyber assets\\s+0\\s+0\\s+0\\s+0\\s+59\\s+2\\s+1")
                    .contains("Rejected cyber_asset: element 6 (id " + moved + "): field 'cyberSystemId': expected a"
                            + " string id, found an object")
                    .contains("Rejected cyber_asset: element 60: field 'id': expected a non-empty string")
                    .contains("Kept 1 cyber assets as they were");
            assertThat(fixture.count("cyber_asset where deleted_at is not null")).isZero();
            assertThat(fixture.count("cyber_asset_history where change <> 'created'")).isZero();
            assertThat(payload(fixture, moved)).isEqualTo(before);
        }
    }

    @Test
    void anElementWithoutAUsableIdDefersDeletionsByAbsence() {
        try (var fixture = SyncFixture.start(Dialect.OPENAPI)) {
            assertThat(fixture.cli().run("sync").exitCode()).isZero();
            var store = fixture.simulator().store();
            String gone = store.ids(ResourceType.CYBER_ASSET).get(3);
            store.remove(ResourceType.CYBER_ASSET, gone);
            store.appendRaw(ResourceType.CYBER_ASSET, "{\"assetTitle\": \"which one am I?\"}");

            CliRunner.Result result;
            try (var logs = new LogCapture()) {
                result = fixture.cli().run("sync");
                assertThat(logs.lines()).anyMatch(line -> line.contains("cyber assets: deletions deferred: 1"));
            }

            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.out()).contains("Deletions deferred for cyber assets: 1 missing from the list");
            assertThat(fixture.count("cyber_asset where deleted_at is not null")).isZero();
            assertThat(fixture.jdbc().sql("select deferred from raptor.sync_run_resource where resource = 'cyber_asset'"
                    + " order by run_id desc limit 1").query(Integer.class).single()).isEqualTo(1);
        }
    }

    private static String payload(SyncFixture fixture, String id) {
        return fixture.jdbc().sql("select payload::text from raptor.cyber_asset where id = :id").param("id", id)
                .query(String.class).single();
    }
}
