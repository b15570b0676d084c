package com.raptorcomply.sync.simulator;

import static com.raptorcomply.sync.simulator.SimulatorHttp.json;
import static com.raptorcomply.sync.simulator.SimulatorTestSupport.running;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.client.ResourceType;
import org.junit.jupiter.api.Test;

class SimulatorStoreTest {

    private static final ResourceType FACILITY = ResourceType.FACILITY;

    @Test
    void updateChangesTheRecordAndMovesUpdatedAtOn() {
        try (var simulator = running(Dialect.OPENAPI)) {
            SimulatorStore store = simulator.store();
            String id = store.ids(FACILITY).get(2);
            ObjectNode before = store.get(FACILITY, id).orElseThrow();

            store.update(FACILITY, id, record -> record.put("title", "Renamed Substation"));

            ObjectNode served = (ObjectNode) json(new SimulatorHttp(simulator).get("/facilities/" + id));
            assertThat(served.get("title").asText()).isEqualTo("Renamed Substation");
            assertThat(served.get("updatedAt").asText()).isNotEqualTo(before.get("updatedAt").asText());
            assertThat(store.update(FACILITY, "no-such-id", record -> { })).isEmpty();
        }
    }

    @Test
    void getReturnsACopy() {
        try (var simulator = running(Dialect.OPENAPI)) {
            SimulatorStore store = simulator.store();
            String id = store.ids(FACILITY).get(0);

            store.get(FACILITY, id).orElseThrow().put("title", "changed behind the store's back");

            assertThat(store.get(FACILITY, id).orElseThrow().get("title").asText())
                    .isNotEqualTo("changed behind the store's back");
        }
    }

    @Test
    void removedRecordsVanishAndComeBackWithPut() {
        try (var simulator = running(Dialect.DOCS)) {
            SimulatorStore store = simulator.store();
            SimulatorHttp http = new SimulatorHttp(simulator);
            String id = store.ids(ResourceType.CYBER_SYSTEM).get(4);
            ObjectNode record = store.get(ResourceType.CYBER_SYSTEM, id).orElseThrow();

            assertThat(store.remove(ResourceType.CYBER_SYSTEM, id)).isTrue();
            assertThat(http.get("/cyber-systems").body()).doesNotContain(id);
            assertThat(http.get("/cyber-systems/" + id).statusCode()).isEqualTo(404);
            assertThat(store.count(ResourceType.CYBER_SYSTEM)).isEqualTo(29);
            assertThat(store.remove(ResourceType.CYBER_SYSTEM, id)).isFalse();

            store.put(ResourceType.CYBER_SYSTEM, record);

            assertThat(json(http.get("/cyber-systems")).get(4)).isEqualTo(record);
            assertThat(store.count(ResourceType.CYBER_SYSTEM)).isEqualTo(30);
        }
    }

    @Test
    void markDeletedKeepsTheRecordListedUntilUpdatedBack() {
        try (var simulator = running(Dialect.OPENAPI)) {
            SimulatorStore store = simulator.store();
            SimulatorHttp http = new SimulatorHttp(simulator);
            String id = store.ids(ResourceType.CYBER_ASSET).get(7);

            assertThat(store.markDeleted(ResourceType.CYBER_ASSET, id)).isTrue();

            var listed = json(http.get("/cyber-assets")).get(7);
            assertThat(listed.get("id").asText()).isEqualTo(id);
            assertThat(listed.get("isDeleted").asBoolean()).isTrue();
            assertThat(listed.get("deletedAt").isTextual()).isTrue();

            store.update(ResourceType.CYBER_ASSET, id, record -> record.put("isDeleted", false).putNull("deletedAt"));

            assertThat(json(http.get("/cyber-assets/" + id)).get("isDeleted").asBoolean()).isFalse();
        }
    }

    @Test
    void putAddsNewRecordsOfAnyTypeAtTheEndOfTheList() {
        try (var simulator = running(Dialect.OPENAPI)) {
            SimulatorStore store = simulator.store();
            ObjectNode center = store.get(ResourceType.CONTROL_CENTER, store.ids(ResourceType.CONTROL_CENTER).get(0))
                    .orElseThrow()
                    .put("id", "11111111-2222-4333-8444-555555555555")
                    .put("centerTitle", "Backup Control Center");

            store.put(ResourceType.CONTROL_CENTER, center);

            var listed = json(new SimulatorHttp(simulator).get("/control-centers"));
            assertThat(listed).hasSize(4);
            assertThat(listed.get(3).get("centerTitle").asText()).isEqualTo("Backup Control Center");
            assertThat(store.ids(ResourceType.CONTROL_CENTER)).last().isEqualTo(center.get("id").asText());
        }
    }

    @Test
    void anAssetCanBeCreatedInANewlyPutCyberSystem() {
        try (var simulator = running(Dialect.OPENAPI)) {
            SimulatorStore store = simulator.store();
            ObjectNode system = store.get(ResourceType.CYBER_SYSTEM, store.ids(ResourceType.CYBER_SYSTEM).get(0))
                    .orElseThrow().put("id", "99999999-2222-4333-8444-555555555555");
            store.put(ResourceType.CYBER_SYSTEM, system);

            var created = new SimulatorHttp(simulator).post("/cyber-assets",
                    OpenApiBodies.asset("99999999-2222-4333-8444-555555555555").toString());

            assertThat(created.statusCode()).isEqualTo(201);
        }
    }
}
