package com.raptorcomply.sync.client;

import com.raptorcomply.sync.client.ClientSettings.RetrySettings;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** Clients against a MockWebServer with millisecond backoffs, keys, canned answers. */
final class TestClients {

    static final ApiKey PRIMARY = new ApiKey(KeySlot.PRIMARY, "rc_live_PRIMARYsecret7f3a9b2c1d");
    static final ApiKey SECONDARY = new ApiKey(KeySlot.SECONDARY, "rc_live_SECONDARYsecret4e5f6a7b8c");
    static final RetrySettings FAST_RETRY = new RetrySettings(5, Duration.ofMillis(1), 2.0, Duration.ofMillis(10), 0.2,
            Duration.ofMinutes(5));

    private TestClients() {
    }

    static ClientSettings settings(MockWebServer server) {
        return ClientSettings.defaults("http://localhost:" + server.getPort() + "/")
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5)).withRetry(FAST_RETRY);
    }

    static RaptorComplyClient client(MockWebServer server) {
        return RaptorComplyClients.create(settings(server), keys(PRIMARY));
    }

    static RaptorComplyClient client(ClientSettings settings, ApiKeySource keys) {
        return RaptorComplyClients.create(settings, keys);
    }

    /** A key source whose key the test can switch, like the rotation code does. */
    static AtomicReference<ApiKey> switchable(ApiKey first) {
        return new AtomicReference<>(first);
    }

    static ApiKeySource keys(ApiKey key) {
        return () -> Optional.ofNullable(key);
    }

    static ApiKeySource keys(AtomicReference<ApiKey> key) {
        return () -> Optional.ofNullable(key.get());
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }

    static MockResponse status(int code) {
        return new MockResponse.Builder().code(code).build();
    }

    static MockResponse error(int code, String error, String message) {
        return json(code, "{\"error\": \"" + error + "\", \"message\": \"" + message + "\"}");
    }

    static String body(RecordedRequest request) {
        return request.getBody() == null ? "" : request.getBody().utf8();
    }

    static void enqueue(MockWebServer server, int times, MockResponse response) {
        for (int i = 0; i < times; i++) {
            server.enqueue(response);
        }
    }
}
