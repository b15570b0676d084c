package com.raptorcomply.sync.client;

import static com.raptorcomply.sync.client.Fixtures.tree;
import static com.raptorcomply.sync.client.TestClients.PRIMARY;
import static com.raptorcomply.sync.client.TestClients.body;
import static com.raptorcomply.sync.client.TestClients.client;
import static com.raptorcomply.sync.client.TestClients.json;
import static com.raptorcomply.sync.client.TestClients.keys;
import static com.raptorcomply.sync.client.TestClients.settings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class DialectWriteTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @Test
    void aCreateAfterReadingDocsRecordsIsWrittenInTheDocsDialect() throws Exception {
        server.enqueue(json(200, Fixtures.array(Fixtures.DOCS_CYBER_ASSET)));
        server.enqueue(json(201, Fixtures.DOCS_CYBER_ASSET));
        RaptorComplyClient client = client(server);
        ListStreamingTest.readAll(client.list(ResourceType.CYBER_ASSET));

        RemoteRecord created = client.createCyberAsset(new CyberAssetWrite("RTU-PLANT-01", "cs_01ABC456", "hardware", null));

        server.takeRequest();
        RecordedRequest post = server.takeRequest();
        assertThat(post.getMethod()).isEqualTo("POST");
        assertThat(post.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(tree(body(post))).isEqualTo(tree(
                "{\"name\":\"RTU-PLANT-01\",\"cyber_system_id\":\"cs_01ABC456\",\"asset_type\":\"hardware\"}"));
        assertThat(created.id()).isEqualTo("ca_01ABC123");
    }

    @Test
    void withNothingReadYetTheClientSamplesListsUntilARecordShowsTheDialect() throws Exception {
        server.enqueue(json(200, "[]"));
        server.enqueue(json(200, Fixtures.array(Fixtures.OPENAPI_CYBER_SYSTEM)));
        server.enqueue(json(200, Fixtures.OPENAPI_CYBER_ASSET));
        RaptorComplyClient client = client(server);
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("ipAddress", null);
        attributes.put("inService", false);

        client.patchCyberAsset("7f1c2a9e-0000-4000-8000-0000000000a1",
                new CyberAssetWrite("Renamed", null, null, attributes));

        assertThat(paths(3)).containsExactly("GET /cyber-assets", "GET /cyber-systems",
                "PATCH /cyber-assets/7f1c2a9e-0000-4000-8000-0000000000a1");
        assertThat(client.dialect()).isEqualTo(Dialect.OPENAPI);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void thePatchBodyHoldsOnlyTheSetFieldsAndTheAttributes() throws Exception {
        server.enqueue(json(200, Fixtures.array(Fixtures.OPENAPI_CYBER_ASSET)));
        server.enqueue(json(200, Fixtures.OPENAPI_CYBER_ASSET));
        RaptorComplyClient client = client(server);
        ListStreamingTest.readAll(client.list(ResourceType.CYBER_ASSET));
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("ipAddress", null);
        attributes.put("count", 2);

        client.patchCyberAsset("a1", new CyberAssetWrite(null, null, "RTU", attributes));

        server.takeRequest();
        assertThat(tree(body(server.takeRequest())))
                .isEqualTo(tree("{\"assetType\":\"RTU\",\"ipAddress\":null,\"count\":2}"));
    }

    @Test
    void anEmptyTenantDefaultsToOpenApi() throws Exception {
        TestClients.enqueue(server, 3, json(200, "[]"));

        assertThat(client(server).dialect()).isEqualTo(Dialect.OPENAPI);
        assertThat(paths(3)).containsExactly("GET /cyber-assets", "GET /cyber-systems", "GET /facilities");
    }

    @Test
    void aConfiguredDialectIsUsedWithoutAsking() throws Exception {
        server.enqueue(json(201, Fixtures.OPENAPI_CYBER_ASSET));
        RaptorComplyClient client = client(settings(server).withDialect(DialectSetting.DOCS), keys(PRIMARY));

        client.createCyberAsset(new CyberAssetWrite("RTU", "cs_1", "hardware", Map.of("assetTag", "T1")));

        assertThat(tree(body(server.takeRequest()))).isEqualTo(
                tree("{\"name\":\"RTU\",\"cyber_system_id\":\"cs_1\",\"asset_type\":\"hardware\",\"assetTag\":\"T1\"}"));
        assertThat(client.dialect()).isEqualTo(Dialect.DOCS);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    private List<String> paths(int count) throws InterruptedException {
        List<String> paths = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            RecordedRequest request = server.takeRequest();
            paths.add(request.getMethod() + " " + request.getUrl().encodedPath());
        }
        return paths;
    }
}
