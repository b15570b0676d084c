package com.raptorcomply.sync.simulator;

import static com.raptorcomply.sync.simulator.SimulatorHttp.json;
import static com.raptorcomply.sync.simulator.SimulatorTestSupport.running;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.client.ResourceType;
import org.junit.jupiter.api.Test;

class CyberAssetCrudTest {

    @Test
    void openApiCreateReadPatchDelete() {
        try (var simulator = running(Dialect.OPENAPI)) {
            SimulatorHttp http = new SimulatorHttp(simulator);
            String system = simulator.store().ids(ResourceType.CYBER_SYSTEM).get(3);
            int before = simulator.store().count(ResourceType.CYBER_ASSET);

            var created = http.post("/cyber-assets", OpenApiBodies.asset(system).toString());
            JsonNode asset = json(created);
            String id = asset.get("id").asText();
            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(asset.get("count").asText()).isEqualTo("2");
            assertThat(asset.get("isDeleted").asBoolean()).isFalse();
            assertThat(asset.get("createdAt").asText()).isEqualTo(asset.get("updatedAt").asText());
            assertThat(json(http.get("/cyber-assets/" + id))).isEqualTo(asset);
            assertThat(json(http.get("/cyber-assets"))).contains(asset).hasSize(before + 1);

            var patched = http.patch("/cyber-assets/" + id, "{\"model\":\"M-2\",\"ipAddress\":null,\"count\":5}");
            assertThat(patched.statusCode()).isEqualTo(200);
            assertThat(json(patched).get("model").asText()).isEqualTo("M-2");
            assertThat(json(patched).get("ipAddress").isNull()).isTrue();
            assertThat(json(patched).get("count").asText()).isEqualTo("5");
            assertThat(json(patched).get("assetTitle")).isEqualTo(asset.get("assetTitle"));
            assertThat(json(patched).get("updatedAt").asText()).isGreaterThan(asset.get("updatedAt").asText());

            var deleted = http.delete("/cyber-assets/" + id);
            assertThat(deleted.statusCode()).isEqualTo(200);
            assertThat(deleted.body()).isEqualTo("{\"message\":\"Cyber asset deleted\"}");
            assertThat(http.get("/cyber-assets/" + id).statusCode()).isEqualTo(404);
            assertThat(http.delete("/cyber-assets/" + id).statusCode()).isEqualTo(404);
            assertThat(simulator.store().count(ResourceType.CYBER_ASSET)).isEqualTo(before);
        }
    }

    @Test
    void docsCreatePatchAndDeleteWith204() {
        try (var simulator = running(Dialect.DOCS)) {
            SimulatorHttp http = new SimulatorHttp(simulator);
            var systems = simulator.store().ids(ResourceType.CYBER_SYSTEM);

            var created = http.post("/cyber-assets", "{\"name\":\"RTU-NEW-01\",\"cyber_system_id\":\""
                    + systems.get(0) + "\",\"asset_type\":\"hardware\"}");
            String id = json(created).get("id").asText();
            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(id).matches("ca_[0-9A-Z]{26}");

            var moved = http.patch("/cyber-assets/" + id, "{\"cyber_system_id\":\"" + systems.get(1) + "\"}");
            assertThat(json(moved).get("cyber_system_id").asText()).isEqualTo(systems.get(1));
            assertThat(json(moved).get("name").asText()).isEqualTo("RTU-NEW-01");

            var seeded = simulator.store().ids(ResourceType.CYBER_ASSET).get(0);
            var deleted = http.delete("/cyber-assets/" + seeded);
            assertThat(deleted.statusCode()).isEqualTo(204);
            assertThat(deleted.body()).isEmpty();
            assertThat(http.get("/cyber-assets").body()).doesNotContain(seeded).contains(id);
        }
    }

    @Test
    void docsValidationFailuresAre422() {
        try (var simulator = running(Dialect.DOCS)) {
            SimulatorHttp http = new SimulatorHttp(simulator);
            String system = simulator.store().ids(ResourceType.CYBER_SYSTEM).get(0);

            var noName = http.post("/cyber-assets", "{\"cyber_system_id\":\"" + system + "\",\"asset_type\":\"hardware\"}");
            var badType = http.post("/cyber-assets", "{\"name\":\"X\",\"cyber_system_id\":\"" + system
                    + "\",\"asset_type\":\"firmware\"}");
            var unknownSystem = http.post("/cyber-assets", "{\"name\":\"X\",\"cyber_system_id\":\"cs_NOPE\","
                    + "\"asset_type\":\"software\"}");

            assertThat(noName.statusCode()).isEqualTo(422);
            assertThat(json(noName).get("error").asText()).isEqualTo("Unprocessable Entity");
            assertThat(json(noName).get("message").asText()).contains("name");
            assertThat(badType.statusCode()).isEqualTo(422);
            assertThat(json(unknownSystem).get("message").asText()).contains("cyber_system_id");
        }
    }

    @Test
    void openApiValidationFailuresAre400WithTheField() {
        try (var simulator = running(Dialect.OPENAPI)) {
            SimulatorHttp http = new SimulatorHttp(simulator);
            String system = simulator.store().ids(ResourceType.CYBER_SYSTEM).get(0);

            assertThat(fieldOfError(http, OpenApiBodies.asset(system).put("assetTag", "T".repeat(51)))).isEqualTo("assetTag");
            assertThat(fieldOfError(http, OpenApiBodies.asset(system).put("assetTitle", "T".repeat(256)))).isEqualTo("assetTitle");
            assertThat(fieldOfError(http, OpenApiBodies.asset(system).put("count", 0))).isEqualTo("count");
            assertThat(fieldOfError(http, OpenApiBodies.asset(system).put("count", "3"))).isEqualTo("count");
            assertThat(fieldOfError(http, OpenApiBodies.asset(system).put("cipAssetCategory", "toaster"))).isEqualTo("cipAssetCategory");
            assertThat(fieldOfError(http, (ObjectNode) OpenApiBodies.asset(system).remove(java.util.List.of("loggingEnabled")))).isEqualTo("loggingEnabled");
            assertThat(fieldOfError(http, OpenApiBodies.asset("00000000-0000-4000-8000-000000000000"))).isEqualTo("cyberSystemId");
            assertThat(simulator.store().count(ResourceType.CYBER_ASSET)).isEqualTo(200);
        }
    }

    @Test
    void openApiPatchCannotMoveAnAssetOrNullARequiredField() {
        try (var simulator = running(Dialect.OPENAPI)) {
            SimulatorHttp http = new SimulatorHttp(simulator);
            String asset = simulator.store().ids(ResourceType.CYBER_ASSET).get(0);
            String otherSystem = simulator.store().ids(ResourceType.CYBER_SYSTEM).get(5);

            var move = http.patch("/cyber-assets/" + asset, "{\"cyberSystemId\":\"" + otherSystem + "\"}");
            var nullTitle = http.patch("/cyber-assets/" + asset, "{\"assetTitle\":null}");

            assertThat(move.statusCode()).isEqualTo(400);
            assertThat(json(move).get("field").asText()).isEqualTo("cyberSystemId");
            assertThat(json(nullTitle).get("field").asText()).isEqualTo("assetTitle");
            assertThat(simulator.store().heldRecords()).isZero();
        }
    }

    @Test
    void malformedJsonUnknownIdsAndRoutesAndWrongMethods() {
        try (var simulator = running(Dialect.DOCS)) {
            SimulatorHttp http = new SimulatorHttp(simulator);

            var malformed = http.post("/cyber-assets", "{\"name\": ");
            var notFound = http.get("/facilities/fac_00000000000000000000000000");
            var noRoute = http.get("/v1/facilities");
            var wrongMethod = http.post("/facilities", "{}");

            assertThat(malformed.statusCode()).isEqualTo(400);
            assertThat(json(malformed).get("error").asText()).isEqualTo("Bad Request");
            assertThat(notFound.statusCode()).isEqualTo(404);
            assertThat(json(notFound).get("error").asText()).isEqualTo("Not Found");
            assertThat(noRoute.statusCode()).isEqualTo(404);
            assertThat(wrongMethod.statusCode()).isEqualTo(405);
            assertThat(wrongMethod.headers().firstValue("Allow")).contains("GET");
            assertThat(http.patch("/cyber-assets/ca_MISSING", "{\"name\":\"x\"}").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void everySeededRecordIsFoundById() {
        try (var simulator = running(Dialect.OPENAPI)) {
            SimulatorHttp http = new SimulatorHttp(simulator);
            for (ResourceType type : ResourceType.values()) {
                JsonNode first = json(http.get(type.path())).get(0);

                var byId = json(http.get(type.path() + "/" + first.get("id").asText()));

                assertThat(byId.get("id")).isEqualTo(first.get("id"));
            }
        }
    }

    private static String fieldOfError(SimulatorHttp http, ObjectNode body) {
        var response = http.post("/cyber-assets", body.toString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").asText()).isEqualTo("Bad Request");
        return json(response).get("field").asText();
    }
}
