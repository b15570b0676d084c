package com.raptorcomply.sync.simulator;

import static com.raptorcomply.sync.simulator.SimulatorHttp.json;
import static com.raptorcomply.sync.simulator.SimulatorTestSupport.running;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.client.ResourceType;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SimulatorFaultsTest {

    @Test
    void rateLimitsEveryNthRequestWithRetryAfter() {
        try (var simulator = running(Dialect.OPENAPI)) {
            SimulatorHttp http = new SimulatorHttp(simulator);
            simulator.faults().rateLimitEvery(3, 7);

            List<Integer> statuses = IntStream.range(0, 6).mapToObj(i -> http.get("/facilities").statusCode()).toList();
            var limited = http.get("/facilities");
            http.get("/facilities");
            var third = http.get("/facilities");

            assertThat(statuses).containsExactly(200, 200, 429, 200, 200, 429);
            assertThat(limited.statusCode()).isEqualTo(200);
            assertThat(third.statusCode()).isEqualTo(429);
            assertThat(third.headers().firstValue("Retry-After")).contains("7");
            assertThat(json(third).get("error").asText()).isEqualTo("Too Many Requests");

            simulator.faults().rateLimitEvery(1, null);
            assertThat(http.get("/facilities").headers().firstValue("Retry-After")).isEmpty();
            simulator.faults().clear();
            assertThat(http.get("/facilities").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void runsAnActionOnceWhenTheNextMatchingRequestArrivesBeforeAuthenticatingIt() {
        try (var simulator = running(Dialect.OPENAPI)) {
            SimulatorHttp http = new SimulatorHttp(simulator);
            simulator.faults().onNextRequest("GET", "/cyber-systems",
                    () -> simulator.keys().set(SimulatorHttp.KEY, KeyState.REVOKED));

            var before = http.get("/facilities");
            var revokedOnArrival = http.get("/cyber-systems");
            simulator.keys().set(SimulatorHttp.KEY, KeyState.ACTIVE);
            var onlyOnce = http.get("/cyber-systems");

            assertThat(before.statusCode()).isEqualTo(200);
            assertThat(revokedOnArrival.statusCode()).isEqualTo(401);
            assertThat(onlyOnce.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void failsABurstOfMatchingRequests() {
        try (var simulator = running(Dialect.OPENAPI)) {
            SimulatorHttp http = new SimulatorHttp(simulator);
            simulator.faults().failBurst("GET", "/cyber-assets", 503, 2);

            var other = http.get("/facilities");
            var first = http.get("/cyber-assets");
            var second = http.get("/cyber-assets/whatever");
            var third = http.get("/cyber-assets");

            assertThat(other.statusCode()).isEqualTo(200);
            assertThat(first.statusCode()).isEqualTo(503);
            assertThat(json(first).get("error").asText()).isEqualTo("Service Unavailable");
            assertThat(second.statusCode()).isEqualTo(503);
            assertThat(third.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void answersHtmlInsteadOfJsonOnce() {
        try (var simulator = running(Dialect.DOCS)) {
            SimulatorHttp http = new SimulatorHttp(simulator);
            simulator.faults().htmlInsteadOfJson("/cyber-systems", 1);

            var broken = http.get("/cyber-systems");
            var next = http.get("/cyber-systems");

            assertThat(broken.statusCode()).isEqualTo(200);
            assertThat(broken.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("text/html"));
            assertThat(broken.body()).startsWith("<html>");
            assertThat(next.body()).startsWith("[");
        }
    }

    @Test
    void latencyDelaysEveryAnswer() {
        try (var simulator = running(Dialect.OPENAPI)) {
            SimulatorHttp http = new SimulatorHttp(simulator);
            simulator.faults().latency(Duration.ofMillis(150));

            long start = System.nanoTime();
            http.get("/control-centers");

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        }
    }

    @Test
    void aDelayOnOnePathMakesAClientReadTimeOut() {
        try (var simulator = running(Dialect.OPENAPI)) {
            SimulatorHttp http = new SimulatorHttp(simulator);
            simulator.faults().delay("GET", "/cyber-systems", Duration.ofSeconds(2));

            var quick = http.get("/facilities");

            assertThat(quick.statusCode()).isEqualTo(200);
            assertThatThrownBy(() -> http.send(http.request("/cyber-systems").timeout(Duration.ofMillis(200))))
                    .hasCauseInstanceOf(HttpTimeoutException.class);
        }
    }

    @Test
    void dropsTheConnectionMidBody() throws Exception {
        try (var simulator = running(Dialect.OPENAPI)) {
            SimulatorHttp http = new SimulatorHttp(simulator);
            simulator.faults().dropMidBody("/cyber-assets", 50, 1);

            var broken = http.stream("/cyber-assets");

            assertThat(broken.statusCode()).isEqualTo(200);
            assertThatThrownBy(() -> countElements(broken.body()))
                    .as("a broken connection, not a cleanly ended but truncated body")
                    .isInstanceOf(IOException.class)
                    .isNotInstanceOf(JsonProcessingException.class);
            assertThat(countElements(http.stream("/cyber-assets").body())).isEqualTo(200);
        }
    }

    @Test
    void aTruncatedBodyPromisesMoreBytesThanItSends() throws Exception {
        try (var simulator = running(Dialect.DOCS)) {
            SimulatorHttp http = new SimulatorHttp(simulator);
            simulator.faults().truncateBody("/cyber-assets", 20, 1);

            var truncated = http.stream("/cyber-assets");

            assertThat(truncated.statusCode()).isEqualTo(200);
            assertThat(truncated.headers().firstValueAsLong("Content-Length")).isPresent();
            assertThatThrownBy(() -> countElements(truncated.body())).isInstanceOf(IOException.class)
                    .isNotInstanceOf(JsonProcessingException.class);
            assertThat(countElements(http.stream("/cyber-assets").body())).isEqualTo(200);
        }
    }

    @Test
    void aStallMidListOutlastsAReadTimeoutThenTheListGoesOn() throws Exception {
        try (var simulator = running(Dialect.DOCS)) {
            simulator.faults().stallMidList("/cyber-assets", 30, Duration.ofSeconds(3), 2);

            assertThatThrownBy(() -> countWithReadTimeout(simulator, 500))
                    .isInstanceOf(java.net.SocketTimeoutException.class);
            assertThat(countWithReadTimeout(simulator, 60_000)).isEqualTo(200);
            assertThat(countWithReadTimeout(simulator, 500)).as("two stalls, then none").isEqualTo(200);
        }
    }

    private static long countWithReadTimeout(RaptorComplySimulator simulator, int readTimeoutMillis)
            throws IOException {
        var connection = (java.net.HttpURLConnection) java.net.URI.create(simulator.baseUrl() + "/cyber-assets")
                .toURL().openConnection();
        connection.setRequestProperty("X-API-Key", SimulatorHttp.KEY);
        connection.setReadTimeout(readTimeoutMillis);
        try (InputStream body = connection.getInputStream()) {
            return SimulatorHttp.countElements(body);
        } finally {
            connection.disconnect();
        }
    }

    @Test
    void aDropIsABrokenBodyAlsoForAWholeBodyReader() {
        try (var simulator = running(Dialect.DOCS)) {
            SimulatorHttp http = new SimulatorHttp(simulator);
            simulator.faults().dropMidBody("/facilities", 3, 1);

            assertThatThrownBy(() -> http.get("/facilities")).hasCauseInstanceOf(IOException.class);
            assertThat(simulator.requests()).last().extracting(SimulatorRequest::status).isEqualTo(200);
        }
    }

    @Test
    void appliesAPostButAnswers500() {
        try (var simulator = running(Dialect.OPENAPI)) {
            SimulatorHttp http = new SimulatorHttp(simulator);
            String system = simulator.store().ids(ResourceType.CYBER_SYSTEM).get(0);
            simulator.faults().applyPostThenFail(1);

            var failed = http.post("/cyber-assets", OpenApiBodies.asset(system).toString());
            var retried = http.post("/cyber-assets", OpenApiBodies.asset(system).toString());

            assertThat(failed.statusCode()).isEqualTo(500);
            assertThat(json(failed).get("error").asText()).isEqualTo("Internal Server Error");
            assertThat(retried.statusCode()).isEqualTo(201);
            assertThat(json(http.get("/cyber-assets")))
                    .filteredOn(asset -> asset.get("assetTitle").asText().equals("RTU-TEST-01"))
                    .as("the failed POST was applied: a blind retry duplicates").hasSize(2);
        }
    }

    private static long countElements(InputStream body) throws IOException {
        try (body) {
            return SimulatorHttp.countElements(body);
        }
    }
}
