package com.raptorcomply.sync.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.simulator.SimulatorRequest;
import com.raptorcomply.sync.testing.SyncFixture;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Desired rows written the way a CMDB export writes them (SQL), and what the simulator was asked to write. */
final class PushFixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    private PushFixtures() {
    }

    static void desire(SyncFixture fixture, String ref, String remoteId, String name, String system, ObjectNode attributes,
            boolean delete) {
        desire(fixture, ref, remoteId, name, system, "hardware", attributes, delete);
    }

    /** A desired row for an existing remote asset: its system and type, the given name. */
    static void desireExisting(SyncFixture fixture, String ref, Map<String, Object> remote, String name, boolean link,
            boolean delete) {
        desire(fixture, ref, link ? (String) remote.get("id") : null, name, (String) remote.get("cyber_system_id"),
                (String) remote.get("asset_type"), JSON.createObjectNode(), delete);
    }

    /** A new asset of the given type. */
    static void desire(SyncFixture fixture, String ref, String remoteId, String name, String system, String type,
            ObjectNode attributes) {
        desire(fixture, ref, remoteId, name, system, type, attributes, false);
    }

    static void desire(SyncFixture fixture, String ref, String remoteId, String name, String system, String type,
            ObjectNode attributes, boolean delete) {
        fixture.jdbc().sql("""
                INSERT INTO raptor.cyber_asset_desired (external_ref, remote_id, name, cyber_system_id, asset_type,
                                                        attributes, delete_requested)
                VALUES (:ref, :remoteId, :name, :system, :type, CAST(:attributes AS jsonb), :delete)
                """).param("ref", ref).param("remoteId", remoteId).param("name", name).param("system", system).param("type", type)
                .param("attributes", attributes.toString()).param("delete", delete).update();
    }

    /** A new asset's further fields: everything the OpenAPI dialect's create requires; nothing in the docs dialect. */
    static ObjectNode newAssetAttributes(Dialect dialect, String tag) {
        ObjectNode attributes = JSON.createObjectNode();
        if (dialect == Dialect.OPENAPI) {
            attributes.put("assetTag", tag).put("count", 1).put("cipAssetCategory", "bes_cyber_asset")
                    .put("impactLevel", "high").put("manufacturer", "ACME").put("model", "RTU-9");
            for (String flag : List.of("inService", "dialUpConnectivity", "routableProtocol", "remoteAccessAvailable",
                    "baselineDocumented", "portsServicesDocumented", "loggingEnabled")) {
                attributes.put(flag, false);
            }
        }
        return attributes;
    }

    static String liveSystem(SyncFixture fixture, int index) {
        return fixture.jdbc().sql("SELECT id FROM raptor.cyber_system WHERE deleted_at IS NULL ORDER BY id")
                .query(String.class).list().get(index);
    }

    /** Live mirror assets, ordered by id: id, name, cyber_system_id, asset_type. */
    static List<Map<String, Object>> mirrorAssets(SyncFixture fixture) {
        return fixture.jdbc().sql("SELECT id, name, cyber_system_id, asset_type FROM raptor.cyber_asset WHERE deleted_at IS NULL"
                + " ORDER BY id").query().listOfRows();
    }

    static List<SimulatorRequest> writes(SyncFixture fixture) {
        return fixture.simulator().requests().stream().filter(SimulatorRequest::isWrite).toList();
    }

    static JsonNode body(SimulatorRequest request) {
        try {
            return JSON.readTree(request.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + request.body(), e);
        }
    }

    /** The mirror's live cyber assets and the API's list agree, payload for payload. */
    static Map<String, JsonNode> mirrorPayloads(SyncFixture fixture) {
        return fixture.jdbc().sql("SELECT id, payload::text AS payload FROM raptor.cyber_asset WHERE deleted_at IS NULL")
                .query((rs, n) -> Map.entry(rs.getString("id"), read(rs.getString("payload")))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    static Map<String, JsonNode> apiAssets(SyncFixture fixture) {
        return fixture.listAsSent(ResourceType.CYBER_ASSET);
    }

    /**
     * Every desired row linked to a live asset of its name, and the API holds exactly one asset of each name that
     * starts with {@code prefix}.
     */
    static void assertEachCreatedOnceAndLinked(SyncFixture fixture, Dialect dialect, String prefix, int count) {
        String nameField = dialect == Dialect.DOCS ? "name" : "assetTitle";
        Map<String, JsonNode> api = apiAssets(fixture);
        Map<String, Long> perName = api.values().stream().map(asset -> asset.get(nameField).asText())
                .filter(name -> name.startsWith(prefix))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(perName).hasSize(count).allSatisfy((name, assets) -> assertThat(assets).as(name).isEqualTo(1));
        assertThat(fixture.count("cyber_asset_desired where remote_id is null")).isZero();
        fixture.jdbc().sql("select name, remote_id from raptor.cyber_asset_desired").query().listOfRows()
                .forEach(row -> assertThat(api.get((String) row.get("remote_id")).get(nameField).asText())
                        .isEqualTo(row.get("name")));
    }

    /** POST requests the simulator received (answered or not). */
    static long posts(SyncFixture fixture) {
        return fixture.simulator().requests().stream().filter(r -> r.method().equals("POST")).count();
    }

    static long ledger(SyncFixture fixture, String where) {
        return fixture.count("cyber_asset_push where " + where);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
