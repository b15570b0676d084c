package com.raptorcomply.sync.pull;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.simulator.SimulatorStore;
import com.raptorcomply.sync.testing.CliRunner;
import com.raptorcomply.sync.testing.LogCapture;
import com.raptorcomply.sync.testing.SyncFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A field of a surprising type never rejects a record nor deletes it: it is stored as received and reported. */
class TypeDriftTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void driftInNonEssentialFieldsOfEveryResourceKeepsEveryRecordAndIsReported() throws Exception {
        try (var fixture = SyncFixture.start(Dialect.OPENAPI)) {
            assertThat(fixture.cli().run("sync").exitCode()).isZero();
            var store = fixture.simulator().store();
            List<String> assets = store.ids(ResourceType.CYBER_ASSET);
            drift(store, ResourceType.CYBER_ASSET, assets.get(0), Map.of("inService", "true"));
            drift(store, ResourceType.CYBER_ASSET, assets.get(1), Map.of("routableProtocol", 1));
            drift(store, ResourceType.CYBER_ASSET, assets.get(2), Map.of("manufacturer", Map.of()));
            drift(store, ResourceType.CYBER_ASSET, assets.get(3), Map.of("ipAddress", List.of("10.0.0.1", "10.0.0.2")));
            drift(store, ResourceType.CYBER_ASSET, assets.get(4), Map.of("createdAt", 1710498600));
            drift(store, ResourceType.CYBER_ASSET, assets.get(5), Map.of("isDeleted", "false"));
            drift(store, ResourceType.CYBER_ASSET, assets.get(6), Map.of("assetType", List.of("rtu")));
            drift(store, ResourceType.CYBER_ASSET, assets.get(7), Map.of("assetTitle", 42));
            drift(store, ResourceType.FACILITY, first(store, ResourceType.FACILITY), Map.of("capacityMw", 120.5,
                    "title", Map.of("en", "x")));
            drift(store, ResourceType.CONTROL_CENTER, first(store, ResourceType.CONTROL_CENTER),
                    Map.of("backupFacilityTested", true));
            drift(store, ResourceType.CYBER_SYSTEM, first(store, ResourceType.CYBER_SYSTEM),
                    Map.of("externalRoutableConnectivity", "yes"));

            CliRunner.Result result;
            try (var logs = new LogCapture()) {
                result = fixture.cli().run("sync");
                assertThat(logs.lines()).filteredOn(line -> line.contains("Type drift in cyber_asset: field 'inService'"))
                        .hasSize(1);
            }

            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertNothingRejectedOrDeleted(fixture);
            assertStoredAsSent(fixture);
            assertThat(result.out())
                    .contains("Warning: type drift in cyber_asset: field 'inService': expected boolean, found string"
                            + " in 1 record (e.g. id " + assets.get(0) + "); kept as received")
                    .contains("cyber_asset: field 'routableProtocol': expected boolean, found number")
                    .contains("cyber_asset: field 'manufacturer': expected string, found object")
                    .contains("cyber_asset: field 'ipAddress': expected string, found array")
                    .contains("cyber_asset: field 'createdAt': expected string, found number")
                    .contains("cyber_asset: field 'isDeleted': expected boolean, found string")
                    .contains("cyber_asset: field 'assetType': expected string, found array")
                    .contains("cyber_asset: field 'assetTitle': expected string, found number")
                    .contains("facility: field 'capacityMw': expected string, found number")
                    .contains("facility: field 'title': expected string, found object")
                    .contains("control_center: field 'backupFacilityTested': expected string, found boolean")
                    .contains("cyber_system: field 'externalRoutableConnectivity': expected boolean, found string");
            assertThat(column(fixture, "name", assets.get(7))).isNull();
            assertThat(column(fixture, "asset_type", assets.get(6))).isNull();

            // nothing changed since: every element is held, outlined rather than parsed, and the drift is the same
            CliRunner.Result unchanged;
            try (var logs = new LogCapture()) {
                unchanged = fixture.cli().run("sync");
                // all but those the simulator lists as deleted (parsed: the parse decides) and those read before
                // one showed the dialect
                assertThat(logs.lines()).anyMatch(line -> line.matches(".*cyber assets: list read whole, "
                        + assets.size() + " records read in .*, [1-9][0-9] of them as the mirror holds them"
                        + " \\(not parsed\\)"));
            }
            assertThat(unchanged.exitCode()).as(unchanged.toString()).isZero();
            assertThat(drift(fixture, "max(run_id)")).isEqualTo(drift(fixture, "max(run_id) - 1")).hasSize(12);
            assertThat(fixture.count("cyber_asset_history where change = 'updated'")).isEqualTo(8);
        }
    }

    /** The drift rows of one run, e.g. {@code max(run_id)}. */
    private static List<Map<String, Object>> drift(SyncFixture fixture, String run) {
        return fixture.jdbc().sql("select resource, field, expected, found, records, example_id"
                + " from raptor.sync_run_drift where run_id = (select " + run + " from raptor.sync_run)"
                + " order by resource, field").query().listOfRows();
    }

    @Test
    void docsDialectDriftIsKeptAndAStringDeletedFlagIsNoDeletion() {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            assertThat(fixture.cli().run("sync").exitCode()).isZero();
            var store = fixture.simulator().store();
            List<String> assets = store.ids(ResourceType.CYBER_ASSET);
            drift(store, ResourceType.CYBER_ASSET, assets.get(0), Map.of("asset_type", List.of("hardware")));
            drift(store, ResourceType.CYBER_ASSET, assets.get(1), Map.of("is_deleted", "true"));
            drift(store, ResourceType.CYBER_ASSET, assets.get(2), Map.of("name", false));

            var result = fixture.cli().run("sync");

            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertNothingRejectedOrDeleted(fixture);
            assertThat(result.out()).contains("cyber_asset: field 'asset_type': expected string, found array")
                    .contains("cyber_asset: field 'is_deleted': expected boolean, found string")
                    .contains("cyber_asset: field 'name': expected string, found boolean");
            assertThat(fixture.count("sync_run_drift")).isEqualTo(3);
        }
    }

    private static void drift(SimulatorStore store, ResourceType type, String id, Map<String, Object> fields) {
        store.update(type, id, record -> fields.forEach((field, value) -> record.set(field, JSON.valueToTree(value))));
    }

    private static String first(SimulatorStore store, ResourceType type) {
        return store.ids(type).get(0);
    }

    private static void assertNothingRejectedOrDeleted(SyncFixture fixture) {
        assertThat(fixture.count("sync_run_rejection")).isZero();
        for (ResourceType type : ResourceType.values()) {
            assertThat(fixture.count(type.table() + " where deleted_at is not null")).as(type.table()).isZero();
            assertThat(fixture.count(type.table() + "_history where change in ('deleted', 'restored')")).isZero();
        }
    }

    private static void assertStoredAsSent(SyncFixture fixture) throws Exception {
        for (ResourceType type : ResourceType.values()) {
            for (Map.Entry<String, JsonNode> sent : fixture.listAsSent(type).entrySet()) {
                String stored = fixture.jdbc().sql("select payload::text from raptor." + type.table()
                        + " where id = :id").param("id", sent.getKey()).query(String.class).single();
                assertThat(JSON.readTree(stored)).as("%s %s", type, sent.getKey()).isEqualTo(sent.getValue());
            }
        }
    }

    private static String column(SyncFixture fixture, String column, String id) {
        return fixture.jdbc().sql("select " + column + " from raptor.cyber_asset where id = :id").param("id", id)
                .query(String.class).list().get(0);
    }
}
