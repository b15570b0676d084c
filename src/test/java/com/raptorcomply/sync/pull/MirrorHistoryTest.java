package com.raptorcomply.sync.pull;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.testing.SyncFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What analysts rely on: history rows exactly for what changed upstream, and nothing when nothing changed. */
class MirrorHistoryTest {

    private static final List<String> HISTORY_TABLES = List.of("facility_history", "control_center_history",
            "cyber_system_history", "cyber_asset_history");

    @Test
    void aRunWithoutUpstreamChangeWritesNothing() {
        try (var fixture = SyncFixture.start(Dialect.OPENAPI)) {
            assertThat(fixture.cli().run("sync").exitCode()).isZero();
            Map<String, Long> historyBefore = historyCounts(fixture);
            List<String> rowVersionsBefore = rowVersions(fixture);

            var second = fixture.cli().run("sync");

            assertThat(second.exitCode()).as(second.toString()).isZero();
            assertThat(historyCounts(fixture)).isEqualTo(historyBefore);
            assertThat(rowVersions(fixture)).isEqualTo(rowVersionsBefore);
            assertThat(second.out()).containsPattern("cyber assets\\s+0\\s+0\\s+0\\s+0\\s+60\\s+0");
        }
    }

    @Test
    void upstreamChangesGiveExactlyTheirHistoryRows() {
        try (var fixture = SyncFixture.start(Dialect.OPENAPI)) {
            var store = fixture.simulator().store();
            assertThat(fixture.cli().run("sync").exitCode()).isZero();
            List<String> assets = store.ids(ResourceType.CYBER_ASSET);
            String updated = assets.get(0);
            String vanished = assets.get(1);
            String markedDeleted = assets.get(2);
            ObjectNode created = store.get(ResourceType.CYBER_ASSET, assets.get(3)).orElseThrow()
                    .put("id", "0b6a4c8e-0000-4000-8000-000000000001").put("assetTitle", "RTU-NEW-01");

            store.update(ResourceType.CYBER_ASSET, updated, asset -> asset.put("firmwareVersion", "9.9.9"));
            store.remove(ResourceType.CYBER_ASSET, vanished);
            store.markDeleted(ResourceType.CYBER_ASSET, markedDeleted);
            store.put(ResourceType.CYBER_ASSET, created);
            var second = fixture.cli().run("sync");

            assertThat(second.exitCode()).as(second.toString()).isZero();
            assertThat(second.out()).containsPattern("cyber assets\\s+1\\s+1\\s+2\\s+0\\s+57\\s+0");
            long secondRun = latestRun(fixture);
            assertThat(changesOf(fixture, secondRun)).containsExactlyInAnyOrder(
                    updated + " updated", vanished + " deleted", markedDeleted + " deleted",
                    created.get("id").asText() + " created");
            assertThat(fixture.count("cyber_asset where deleted_at is not null")).isEqualTo(2);
            assertThat(fixture.jdbc().sql("select payload->>'firmwareVersion' from raptor.cyber_asset where id = :id")
                    .param("id", updated).query(String.class).single()).isEqualTo("9.9.9");

            ObjectNode back = store.get(ResourceType.CYBER_ASSET, assets.get(4)).orElseThrow();
            store.put(ResourceType.CYBER_ASSET, back.put("id", vanished).put("assetTitle", "back again"));
            store.update(ResourceType.CYBER_ASSET, markedDeleted, asset -> asset.put("isDeleted", false)
                    .putNull("deletedAt"));
            var third = fixture.cli().run("sync");

            assertThat(third.exitCode()).as(third.toString()).isZero();
            assertThat(changesOf(fixture, latestRun(fixture))).containsExactlyInAnyOrder(
                    vanished + " restored", markedDeleted + " restored");
            assertThat(fixture.count("cyber_asset where deleted_at is not null")).isZero();
            assertThat(fixture.count("cyber_asset_history")).isEqualTo(60 + 4 + 2);
            assertThat(fixture.count("facility_history where run_id <> " + firstRun(fixture))).isZero();
        }
    }

    private static Map<String, Long> historyCounts(SyncFixture fixture) {
        return HISTORY_TABLES.stream().collect(java.util.stream.Collectors.toMap(t -> t, fixture::count));
    }

    /** {@code xmin} changes whenever PostgreSQL writes a row: equal lists mean no mirror row was updated. */
    private static List<String> rowVersions(SyncFixture fixture) {
        return fixture.jdbc().sql("""
                select 'f' || id || xmin::text from raptor.facility union all
                select 'c' || id || xmin::text from raptor.control_center union all
                select 's' || id || xmin::text from raptor.cyber_system union all
                select 'a' || id || xmin::text from raptor.cyber_asset order by 1""").query(String.class).list();
    }

    private static List<String> changesOf(SyncFixture fixture, long runId) {
        return fixture.jdbc().sql("select id || ' ' || change from raptor.cyber_asset_history where run_id = :run")
                .param("run", runId).query(String.class).list();
    }

    private static long latestRun(SyncFixture fixture) {
        return fixture.jdbc().sql("select max(run_id) from raptor.sync_run").query(Long.class).single();
    }

    private static long firstRun(SyncFixture fixture) {
        return fixture.jdbc().sql("select min(run_id) from raptor.sync_run").query(Long.class).single();
    }
}
