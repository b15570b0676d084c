package com.raptorcomply.sync.simulator;

import static com.raptorcomply.sync.simulator.SimulatorHttp.json;
import static com.raptorcomply.sync.simulator.SimulatorTestSupport.running;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.client.ResourceType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SeededDataTest {

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void sameSeedGivesTheSameBytesAndAnotherSeedOtherData(Dialect dialect) {
        try (var first = running(dialect); var second = running(dialect);
             var other = SimulatorTestSupport.organization(dialect).seed(7).build().start(0)) {
            for (ResourceType type : ResourceType.values()) {
                String body = new SimulatorHttp(first).get(type.path()).body();

                assertThat(new SimulatorHttp(second).get(type.path()).body()).isEqualTo(body);
                assertThat(new SimulatorHttp(other).get(type.path()).body()).isNotEqualTo(body);
            }
        }
    }

    @Test
    void openApiRecordsCarryEveryDocumentedField() {
        try (var simulator = running(Dialect.OPENAPI)) {
            SimulatorHttp http = new SimulatorHttp(simulator);

            JsonNode facility = json(http.get("/facilities")).get(0);
            JsonNode center = json(http.get("/control-centers")).get(0);
            JsonNode system = json(http.get("/cyber-systems")).get(0);
            JsonNode asset = json(http.get("/cyber-assets")).get(0);

            assertThat(fieldNames(facility)).containsExactlyInAnyOrder("id", "title", "facilityCode",
                    "facilityType", "generationType", "bes", "impactLevel", "capacityMw", "capacityMva", "voltageKv",
                    "regionalEntity", "registrationStatus", "interconnection", "lastReviewDate", "registrationDate",
                    "commissioningDate", "assignedDate", "controlCenterId", "address", "latitude", "longitude",
                    "nercRegistrationId", "isDeleted", "deletedAt", "createdAt", "updatedAt");
            assertThat(facility.get("capacityMw").isTextual()).isTrue();
            assertThat(facility.get("voltageKv").isTextual()).isTrue();
            assertThat(fieldNames(facility.get("address"))).containsExactlyInAnyOrder("id", "addressLine1",
                    "addressLine2", "city", "state", "zip", "createdAt", "updatedAt");
            assertThat(fieldNames(center)).contains("centerTitle", "centerCode", "espDefined", "pspDefined",
                    "recoveryTimeObjective", "recoveryPointObjective", "managedFacilitiesCount",
                    "cyberSystemsCount", "cyberAssetsCount").doesNotContain("isDeleted");
            assertThat(fieldNames(system)).contains("systemTitle", "systemCode", "systemType", "facilityId",
                    "controlCenterId", "isDeleted", "deletedAt");
            assertThat(fieldNames(asset)).containsExactlyInAnyOrder("id", "assetTitle", "assetTag", "count",
                    "cyberSystemId", "cipAssetCategory", "assetType", "impactLevel", "manufacturer", "model",
                    "physicalLocation", "firmwareVersion", "operatingSystem", "serialNumber", "ipAddress",
                    "macAddress", "inService", "dialUpConnectivity", "routableProtocol", "remoteAccessAvailable",
                    "baselineDocumented", "portsServicesDocumented", "loggingEnabled", "lastAuditDate",
                    "lastBackupDate", "lastPatchDate", "createdAt", "updatedAt", "isDeleted", "deletedAt");
            assertThat(asset.get("count").isTextual()).isTrue();
            assertThat(UUID.fromString(asset.get("id").asText()).version()).isEqualTo(4);
            assertThat(asset.get("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        }
    }

    @Test
    void docsRecordsUseSnakeCaseAndPrefixedIds() {
        try (var simulator = running(Dialect.DOCS)) {
            SimulatorHttp http = new SimulatorHttp(simulator);

            JsonNode facility = json(http.get("/facilities")).get(0);
            JsonNode center = json(http.get("/control-centers")).get(0);
            JsonNode system = json(http.get("/cyber-systems")).get(0);
            JsonNode asset = json(http.get("/cyber-assets")).get(0);

            assertThat(fieldNames(facility)).containsExactlyInAnyOrder("id", "name", "organization_slug");
            assertThat(fieldNames(center)).containsExactlyInAnyOrder("id", "name", "organization_slug");
            assertThat(fieldNames(system)).containsExactlyInAnyOrder("id", "name", "facility_id",
                    "organization_slug");
            assertThat(fieldNames(asset)).containsExactlyInAnyOrder("id", "name", "asset_type", "cyber_system_id",
                    "created_at", "updated_at");
            assertThat(facility.get("id").asText()).matches("fac_[0-9A-Z]{26}");
            assertThat(center.get("id").asText()).matches("cc_[0-9A-Z]{26}");
            assertThat(system.get("id").asText()).matches("cs_[0-9A-Z]{26}");
            assertThat(asset.get("id").asText()).matches("ca_[0-9A-Z]{26}");
            assertThat(asset.get("created_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void relationsPointAtRecordsThatExist(Dialect dialect) {
        try (var simulator = running(dialect)) {
            SimulatorHttp http = new SimulatorHttp(simulator);
            Set<String> facilities = ids(json(http.get("/facilities")));
            Set<String> centers = ids(json(http.get("/control-centers")));
            JsonNode systems = json(http.get("/cyber-systems"));
            String facilityField = dialect == Dialect.DOCS ? "facility_id" : "facilityId";
            String centerField = dialect == Dialect.DOCS ? "control_center_id" : "controlCenterId";
            String systemField = dialect == Dialect.DOCS ? "cyber_system_id" : "cyberSystemId";

            for (JsonNode system : systems) {
                boolean inFacility = facilities.contains(system.path(facilityField).asText());
                boolean inCenter = centers.contains(system.path(centerField).asText());
                assertThat(inFacility ^ inCenter).as("exactly one owner of %s", system).isTrue();
            }
            Set<String> systemIds = ids(systems);
            for (JsonNode asset : json(http.get("/cyber-assets"))) {
                assertThat(systemIds).contains(asset.get(systemField).asText());
            }
        }
    }

    @Test
    void facilitiesReferenceControlCentersOnlyWhenThereAreSome() {
        try (var withCenters = running(Dialect.OPENAPI);
             var without = SimulatorTestSupport.organization(Dialect.OPENAPI).controlCenters(0).build().start(0)) {
            JsonNode facilities = json(new SimulatorHttp(withCenters).get("/facilities"));
            Set<String> centers = ids(json(new SimulatorHttp(withCenters).get("/control-centers")));

            assertThat(facilities).anyMatch(f -> f.get("controlCenterId").isNull());
            assertThat(facilities).filteredOn(f -> !f.get("controlCenterId").isNull())
                    .isNotEmpty()
                    .allMatch(f -> centers.contains(f.get("controlCenterId").asText()));
            assertThat(json(new SimulatorHttp(without).get("/facilities")))
                    .allMatch(f -> f.get("controlCenterId").isNull());
            assertThat(json(new SimulatorHttp(without).get("/cyber-systems")))
                    .allMatch(s -> s.get("controlCenterId").isNull() && !s.get("facilityId").isNull());
        }
    }

    @Test
    void theHardCasesArePresent() {
        try (var simulator = running(Dialect.OPENAPI)) {
            SimulatorHttp http = new SimulatorHttp(simulator);
            JsonNode facilities = json(http.get("/facilities"));
            JsonNode assets = json(http.get("/cyber-assets"));

            assertThat(texts(facilities, "interconnection")).contains("québec");
            assertThat(texts(facilities, "title")).anyMatch(t -> t.contains("变电站"))
                    .anyMatch(t -> t.codePoints().anyMatch(c -> c >= 0x1F300))
                    .contains("Plant \"North\" \\ Unit 2");
            assertThat(facilities).anyMatch(f -> f.get("address").isNull() && f.get("generationType").isNull());
            assertThat(texts(assets, "assetTitle")).anyMatch(t -> t.length() == 255);
            assertThat(texts(assets, "assetTag")).anyMatch(t -> t.length() == 50);
            assertThat(texts(assets, "ipAddress")).anyMatch(t -> t.length() == 45 && t.contains(":"));
            assertThat(texts(assets, "macAddress")).isNotEmpty().allMatch(t -> t.length() == 17);
            assertThat(assets).anyMatch(a -> a.get("physicalLocation").isNull() && a.get("ipAddress").isNull());
            assertThat(http.get("/facilities").body()).contains("\\\"North\\\" \\\\ Unit 2");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void assetNamesAreUniqueWithinTheirCyberSystem(Dialect dialect) {
        try (var simulator = SimulatorTestSupport.organization(dialect).cyberSystems(3).cyberAssets(500).build()
                .start(0)) {
            String name = dialect == Dialect.DOCS ? "name" : "assetTitle";
            String system = dialect == Dialect.DOCS ? "cyber_system_id" : "cyberSystemId";
            Map<String, Set<String>> namesBySystem = new HashMap<>();
            List<String> duplicates = new ArrayList<>();

            for (JsonNode asset : json(new SimulatorHttp(simulator).get("/cyber-assets"))) {
                String key = asset.get(name).asText().strip().toLowerCase(Locale.ROOT);
                if (!namesBySystem.computeIfAbsent(asset.get(system).asText(), s -> new HashSet<>()).add(key)) {
                    duplicates.add(key);
                }
            }

            assertThat(duplicates).isEmpty();
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> ids(JsonNode list) {
        return new HashSet<>(texts(list, "id"));
    }

    private static List<String> texts(JsonNode list, String field) {
        List<String> values = new ArrayList<>();
        list.forEach(node -> {
            if (node.hasNonNull(field)) {
                values.add(node.get(field).asText());
            }
        });
        return values;
    }
}
