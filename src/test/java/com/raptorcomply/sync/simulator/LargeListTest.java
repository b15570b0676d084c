package com.raptorcomply.sync.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.client.ResourceType;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class LargeListTest {

    @Test
    void streamsAHundredThousandAssetsWithoutHoldingThem() throws Exception {
        try (var simulator = RaptorComplySimulator.builder()
                .seed(1).facilities(200).controlCenters(10).cyberSystems(2_000).cyberAssets(100_000)
                .dialect(Dialect.OPENAPI)
                .key(SimulatorHttp.KEY, KeyState.ACTIVE)
                .build().start(0)) {
            var response = new SimulatorHttp(simulator).stream("/cyber-assets");

            long elements;
            try (InputStream body = response.body()) {
                elements = SimulatorHttp.countElements(body);
            }

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Transfer-Encoding")).contains("chunked");
            assertThat(elements).isEqualTo(100_000);
            assertThat(simulator.store().count(ResourceType.CYBER_ASSET)).isEqualTo(100_000);
            assertThat(simulator.store().heldRecords()).as("records held in memory").isZero();
        }
    }

    @Test
    void aRecordDeepInALargeDataSetIsFoundByIdWithoutAnIndex() {
        try (var simulator = RaptorComplySimulator.builder()
                .cyberSystems(50).cyberAssets(100_000).dialect(Dialect.DOCS)
                .key(SimulatorHttp.KEY, KeyState.ACTIVE)
                .build().start(0)) {
            String id = new SeedIds(42, Dialect.DOCS).idOf(ResourceType.CYBER_ASSET, 99_999);

            var response = new SimulatorHttp(simulator).get("/cyber-assets/" + id);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains(id);
            assertThat(simulator.store().heldRecords()).isZero();
        }
    }
}
