package com.raptorcomply.sync.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.raptorcomply.sync.client.ClientSettings.RetrySettings;
import com.raptorcomply.sync.simulator.KeyState;
import com.raptorcomply.sync.simulator.RaptorComplySimulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The client and the simulator together: the whole CRUD cycle and the documented failures, in each dialect. */
class ClientAgainstSimulatorTest {

    private static final String KEY = "rc_live_client_vs_simulator_0042";
    private static final RetrySettings FAST = new RetrySettings(4, Duration.ofMillis(5), 2.0, Duration.ofMillis(50), 0.2,
            Duration.ofMinutes(5));

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void fullCrudCycle(Dialect dialect) {
        try (var simulator = simulator(dialect)) {
            RaptorComplyClient client = client(simulator);
            List<RemoteRecord> systems = accepted(client.list(ResourceType.CYBER_SYSTEM));
            List<RemoteRecord> assets = accepted(client.list(ResourceType.CYBER_ASSET));
            assertThat(accepted(client.list(ResourceType.FACILITY))).hasSize(4);
            assertThat(accepted(client.list(ResourceType.CONTROL_CENTER))).hasSize(2);
            assertThat(systems).hasSize(6).allSatisfy(system ->
                    assertThat(system.relations().facilityId() != null ^ system.relations().controlCenterId() != null).isTrue());
            assertThat(assets).hasSize(30).allSatisfy(asset -> assertThat(asset.relations().cyberSystemId()).isNotNull());
            assertThat(client.dialect()).isEqualTo(dialect);
            String systemId = systems.get(0).id();

            RemoteRecord created = client.createCyberAsset(new CyberAssetWrite("RTU-CRUD-01", systemId,
                    dialect == Dialect.DOCS ? "hardware" : "rtu", requiredAttributes(dialect)));
            RemoteRecord patched = client.patchCyberAsset(created.id(), new CyberAssetWrite("RTU-CRUD-02", null, null,
                    dialect == Dialect.DOCS ? Map.of() : Map.of("firmwareVersion", "2.1")));

            assertThat(created.name()).isEqualTo("RTU-CRUD-01");
            assertThat(created.relations().cyberSystemId()).isEqualTo(systemId);
            assertThat(client.get(ResourceType.CYBER_ASSET, created.id())).get()
                    .extracting(record -> record.name()).isEqualTo("RTU-CRUD-02");
            assertThat(patched.name()).isEqualTo("RTU-CRUD-02");
            assertThat(accepted(client.list(ResourceType.CYBER_ASSET))).hasSize(31);
            assertThat(client.deleteCyberAsset(created.id())).isTrue();
            assertThat(client.deleteCyberAsset(created.id())).isFalse();
            assertThat(client.get(ResourceType.CYBER_ASSET, created.id())).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aPostAnsweredWith500IsNotRetriedAndItsAssetCanBeFoundByNaturalKey(Dialect dialect) {
        try (var simulator = simulator(dialect)) {
            RaptorComplyClient client = client(simulator);
            String systemId = accepted(client.list(ResourceType.CYBER_SYSTEM)).get(0).id();
            simulator.faults().applyPostThenFail(1);

            assertThatThrownBy(() -> client.createCyberAsset(new CyberAssetWrite("RTU-LOST-ANSWER", systemId,
                    dialect == Dialect.DOCS ? "hardware" : "rtu", requiredAttributes(dialect))))
                    .isInstanceOf(OutcomeUnknownException.class).hasMessageContaining("natural key");

            assertThat(simulator.requests()).filteredOn(request -> request.method().equals("POST")).hasSize(1);
            List<RemoteRecord> assets = accepted(client.list(ResourceType.CYBER_ASSET));
            assertThat(assets).filteredOn(asset -> asset.name().equals("RTU-LOST-ANSWER")
                    && asset.relations().cyberSystemId().equals(systemId)).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void documentedFailuresSurfaceAsTypedErrors(Dialect dialect) {
        try (var simulator = simulator(dialect)) {
            RaptorComplyClient client = client(simulator);
            simulator.faults().rateLimitEvery(2, 0);
            assertThat(accepted(client.list(ResourceType.FACILITY))).hasSize(4);
            assertThat(accepted(client.list(ResourceType.CYBER_ASSET))).hasSize(30);
            simulator.faults().clear();

            simulator.faults().dropMidBody("/cyber-assets", 10, 1);
            assertThatThrownBy(() -> accepted(client.list(ResourceType.CYBER_ASSET)))
                    .isInstanceOf(RaptorComplyException.class).hasMessageContaining("element 10");

            assertThatThrownBy(() -> client.createCyberAsset(new CyberAssetWrite("X", "no-such-system",
                    dialect == Dialect.DOCS ? "hardware" : "rtu", requiredAttributes(dialect))))
                    .isInstanceOfSatisfying(ApiErrorException.class, error -> {
                        assertThat(error.status()).isEqualTo(dialect == Dialect.DOCS ? 422 : 400);
                        if (dialect == Dialect.OPENAPI) {
                            assertThat(error.field()).isEqualTo("cyberSystemId");
                        }
                    });
        }
    }

    private static RaptorComplySimulator simulator(Dialect dialect) {
        return RaptorComplySimulator.builder().seed(11).facilities(4).controlCenters(2).cyberSystems(6)
                .cyberAssets(30).dialect(dialect).key(KEY, KeyState.ACTIVE).build().start(0);
    }

    private static RaptorComplyClient client(RaptorComplySimulator simulator) {
        return RaptorComplyClients.create(ClientSettings.defaults(simulator.baseUrl()).withRetry(FAST),
                TestClients.keys(new ApiKey(KeySlot.PRIMARY, KEY)));
    }

    /** The OpenAPI dialect requires more than the three common fields. */
    private static Map<String, Object> requiredAttributes(Dialect dialect) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        if (dialect == Dialect.OPENAPI) {
            attributes.put("assetTag", "TAG-CRUD-1");
            attributes.put("count", 1);
            attributes.put("cipAssetCategory", "bes_cyber_asset");
            attributes.put("impactLevel", "high");
            attributes.put("manufacturer", "SEL");
            attributes.put("model", "SEL-3530");
            for (String flag : List.of("inService", "dialUpConnectivity", "routableProtocol", "remoteAccessAvailable",
                    "baselineDocumented", "portsServicesDocumented", "loggingEnabled")) {
                attributes.put(flag, false);
            }
        }
        return attributes;
    }

    @SuppressWarnings("unchecked")
    private static <T extends RemoteRecord> List<T> accepted(RecordCursor<? extends RemoteRecord> cursor) {
        List<T> records = new ArrayList<>();
        try (cursor) {
            cursor.forEachRemaining(item -> {
                assertThat(item).isInstanceOf(ListItem.Accepted.class);
                records.add((T) ((ListItem.Accepted<?>) item).record());
            });
        }
        return records;
    }
}
