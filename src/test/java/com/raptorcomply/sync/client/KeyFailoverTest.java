package com.raptorcomply.sync.client;

import static com.raptorcomply.sync.client.TestClients.PRIMARY;
import static com.raptorcomply.sync.client.TestClients.SECONDARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** A key refused mid-run: the same request goes out again with the other key, once, never for a probe. */
class KeyFailoverTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @Test
    void aRefusedKeyIsReplacedAndTheSameRequestSentAgain() throws Exception {
        server.enqueue(unauthorized("Invalid API key"));
        server.enqueue(TestClients.json(200, "{\"id\": \"ca_1\", \"name\": \"RTU\"}"));
        var ring = ringWithBothKeys();

        var asset = TestClients.client(TestClients.settings(server), ring).get(ResourceType.CYBER_ASSET, "ca_1");

        assertThat(asset).isPresent();
        assertThat(server.takeRequest().getHeaders().get("X-API-Key")).isEqualTo(PRIMARY.secret());
        assertThat(server.takeRequest().getHeaders().get("X-API-Key")).isEqualTo(SECONDARY.secret());
        assertThat(ring.activeSlot()).contains(KeySlot.SECONDARY);
    }

    @Test
    void whenEveryKeyIsRefusedTheRefusalSurfacesAfterOneTryEach() {
        server.enqueue(unauthorized("Invalid API key"));
        server.enqueue(unauthorized("API key has expired"));
        var client = TestClients.client(TestClients.settings(server), ringWithBothKeys());

        assertThatThrownBy(() -> client.get(ResourceType.CYBER_ASSET, "ca_1"))
                .isInstanceOfSatisfying(AuthenticationException.class, refused -> {
                    assertThat(refused.failure()).isEqualTo(AuthFailure.EXPIRED);
                    assertThat(refused.slot()).isEqualTo(KeySlot.SECONDARY);
                });
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aProbeNeverFailsOver() {
        server.enqueue(unauthorized("API key has expired"));
        var ring = ringWithBothKeys();

        Optional<AuthFailure> failure = TestClients.client(TestClients.settings(server), ring).probe(PRIMARY);

        assertThat(failure).contains(AuthFailure.EXPIRED);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(ring.activeSlot()).contains(KeySlot.PRIMARY);
    }

    private static com.raptorcomply.sync.auth.KeyRing ringWithBothKeys() {
        var ring = new com.raptorcomply.sync.auth.KeyRing();
        ring.load(Map.of(KeySlot.PRIMARY, PRIMARY, KeySlot.SECONDARY, SECONDARY));
        return ring;
    }

    private static MockResponse unauthorized(String message) {
        return TestClients.error(401, "Unauthorized", message);
    }
}
