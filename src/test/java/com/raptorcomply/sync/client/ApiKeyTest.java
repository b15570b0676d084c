package com.raptorcomply.sync.client;

import static com.raptorcomply.sync.client.TestClients.PRIMARY;
import static com.raptorcomply.sync.client.TestClients.SECONDARY;
import static com.raptorcomply.sync.client.TestClients.client;
import static com.raptorcomply.sync.client.TestClients.error;
import static com.raptorcomply.sync.client.TestClients.json;
import static com.raptorcomply.sync.client.TestClients.keys;
import static com.raptorcomply.sync.client.TestClients.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class ApiKeyTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @Test
    void theKeyIsTakenFromTheSourceAtEveryRequest() throws Exception {
        TestClients.enqueue(server, 3, json(200, Fixtures.DOCS_FACILITY));
        AtomicReference<ApiKey> current = TestClients.switchable(PRIMARY);
        RaptorComplyClient client = client(settings(server), keys(current));

        client.get(ResourceType.FACILITY, "fac_01HXY");
        current.set(SECONDARY);
        client.get(ResourceType.FACILITY, "fac_01HXY");
        current.set(null);
        client.get(ResourceType.FACILITY, "fac_01HXY");

        assertThat(keySent(server.takeRequest())).isEqualTo(PRIMARY.secret());
        assertThat(keySent(server.takeRequest())).isEqualTo(SECONDARY.secret());
        assertThat(keySent(server.takeRequest())).isNull();
    }

    @Test
    void aProbeSendsTheGivenKeyAndReportsItWorksOnNotFound() throws Exception {
        server.enqueue(error(404, "Not Found", "Cyber asset not found"));

        assertThat(client(server).probe(SECONDARY)).isEmpty();

        RecordedRequest probe = server.takeRequest();
        assertThat(keySent(probe)).isEqualTo(SECONDARY.secret());
        assertThat(probe.getUrl().encodedPath()).startsWith("/cyber-assets/");
    }

    @Test
    void aProbeReportsWhyAKeyIsRefusedWithoutRetrying() {
        server.enqueue(error(401, "Unauthorized", "API key has expired"));
        server.enqueue(error(401, "Unauthorized", "Invalid API key"));
        RaptorComplyClient client = client(server);

        assertThat(client.probe(SECONDARY)).contains(AuthFailure.EXPIRED);
        assertThat(client.probe(PRIMARY)).contains(AuthFailure.INVALID);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aProbeThrowsOtherFailures() {
        server.enqueue(error(403, "Forbidden", "not an api_user"));

        assertThatThrownBy(() -> client(server).probe(PRIMARY)).isInstanceOf(ApiErrorException.class)
                .hasMessageContaining("403");
    }

    private static String keySent(RecordedRequest request) {
        return request.getHeaders().get("X-API-Key");
    }
}
