package com.raptorcomply.sync.client;

import static com.raptorcomply.sync.client.TestClients.PRIMARY;
import static com.raptorcomply.sync.client.TestClients.body;
import static com.raptorcomply.sync.client.TestClients.client;
import static com.raptorcomply.sync.client.TestClients.error;
import static com.raptorcomply.sync.client.TestClients.json;
import static com.raptorcomply.sync.client.TestClients.keys;
import static com.raptorcomply.sync.client.TestClients.settings;
import static com.raptorcomply.sync.client.TestClients.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.raptorcomply.sync.client.ClientSettings.RetrySettings;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;

class RetryTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @Test
    void retryAfterInSecondsIsHonoured() {
        server.enqueue(new MockResponse.Builder(error(429, "Too Many Requests", "slow")).setHeader("Retry-After", "1").build());
        server.enqueue(json(200, Fixtures.DOCS_FACILITY));

        long start = System.nanoTime();
        assertThat(patientClient().get(ResourceType.FACILITY, "fac_01HXY")).isPresent();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(950), Duration.ofSeconds(15));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void retryAfterAsAnHttpDateIsHonoured() {
        // The header has whole seconds and the wait is measured from when the answer arrives, so the retry is
        // asserted against the date itself, not against a duration a busy machine could stretch or shrink.
        Instant retryAt = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
        String header = DateTimeFormatter.RFC_1123_DATE_TIME.format(retryAt.atZone(ZoneOffset.UTC));
        server.enqueue(new MockResponse.Builder(status(503)).setHeader("Retry-After", header).build());
        server.enqueue(json(200, Fixtures.DOCS_FACILITY));

        long start = System.nanoTime();
        assertThat(patientClient().get(ResourceType.FACILITY, "fac_01HXY")).isPresent();

        assertThat(Instant.now()).isAfterOrEqualTo(retryAt.minusMillis(50));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aRetryAfterBeyondTheMaxWaitGivesUpAtOnceInsteadOfWaitingOrRetrying() {
        server.enqueue(new MockResponse.Builder(error(429, "Too Many Requests", "slow down"))
                .setHeader("Retry-After", "3600").build());
        server.enqueue(json(200, Fixtures.DOCS_FACILITY));

        long start = System.nanoTime();
        assertThatThrownBy(() -> patientClient().get(ResourceType.FACILITY, "fac_01HXY"))
                .isInstanceOf(RetryRefusedException.class)
                .hasMessage("GET /facilities/fac_01HXY -> HTTP 429 asked to wait 1h00m00s (Retry-After), longer than "
                        + "RCSYNC_MAX_RETRY_WAIT=30.0s allows; gave up without retrying");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aRateLimitWithoutRetryAfterIsRetriedWithBackoff() {
        server.enqueue(error(429, "Too Many Requests", "slow down"));
        server.enqueue(error(429, "Too Many Requests", "slow down"));
        server.enqueue(json(200, Fixtures.DOCS_FACILITY));

        assertThat(patientClient().get(ResourceType.FACILITY, "fac_01HXY")).isPresent();

        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aListWhoseRetryAfterWouldPassItsDeadlineGivesUpAtOnce() {
        server.enqueue(new MockResponse.Builder(status(503)).setHeader("Retry-After", "25").build());
        server.enqueue(json(200, Fixtures.array(Fixtures.DOCS_FACILITY)));
        ClientSettings settings = settings(server).withRetry(new RetrySettings(3, Duration.ofMillis(1), 2.0,
                Duration.ofSeconds(3), 0.0, Duration.ofMinutes(5))).withList(new ClientSettings.ListSettings(
                Duration.ofSeconds(20), DataSize.ofBytes(0), Duration.ofSeconds(60), DataSize.ofMegabytes(1)));

        assertThatThrownBy(() -> ListStreamingTest.readAll(client(settings, keys(PRIMARY)).list(ResourceType.FACILITY)))
                .isInstanceOf(RetryRefusedException.class)
                .hasMessageStartingWith("GET /facilities -> HTTP 503: the retry would wait 25.0s but only ")
                .hasMessageContaining("over the list deadline RCSYNC_LIST_DEADLINE=20.0s");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void theRetryLimitIsFiveAttempts() {
        TestClients.enqueue(server, 6, status(503));

        assertThatThrownBy(() -> client(server).get(ResourceType.CYBER_ASSET, "ca_1"))
                .isInstanceOf(ApiErrorException.class).hasMessageStartingWith("GET /cyber-assets/ca_1 -> HTTP 503");
        assertThat(server.getRequestCount()).isEqualTo(5);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 409, 422})
    void otherClientErrorsAreNeverRetried(int code) {
        server.enqueue(error(code, "Error", "no"));
        server.enqueue(json(200, Fixtures.DOCS_FACILITY));

        assertThatThrownBy(() -> client(server).get(ResourceType.FACILITY, "f")).isInstanceOf(ApiErrorException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aPostIsNeverRetriedAfterAServerError() {
        server.enqueue(error(503, "Service Unavailable", "try later"));
        server.enqueue(json(201, Fixtures.DOCS_CYBER_ASSET));

        assertThatThrownBy(() -> docsClient().createCyberAsset(newAsset()))
                .isInstanceOf(OutcomeUnknownException.class)
                .hasMessageContaining("POST /cyber-assets: HTTP 503").hasMessageContaining("may have been created")
                .hasMessageContaining("natural key");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aPostIsNeverRetriedAfterTheConnectionDrops() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        server.enqueue(json(201, Fixtures.DOCS_CYBER_ASSET));

        assertThatThrownBy(() -> docsClient().createCyberAsset(newAsset()))
                .isInstanceOf(OutcomeUnknownException.class).hasMessageContaining("POST /cyber-assets: no answer");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aPostRefusedWithAClientErrorIsAnOrdinaryApiError() {
        server.enqueue(error(422, "Unprocessable Entity", "bad type"));

        assertThatThrownBy(() -> docsClient().createCyberAsset(newAsset()))
                .isExactlyInstanceOf(ApiErrorException.class).hasMessageContaining("422");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aRateLimitedPostIsSentAgainAfterTheWaitTheServerAsked() throws Exception {
        server.enqueue(new MockResponse.Builder(error(429, "Too Many Requests", "slow down"))
                .setHeader("Retry-After", "1").build());
        server.enqueue(json(201, Fixtures.DOCS_CYBER_ASSET));

        long start = System.nanoTime();
        assertThat(docsClient().createCyberAsset(newAsset())).isNotNull();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(server.takeRequest().getBody()).isEqualTo(server.takeRequest().getBody());
    }

    @Test
    void aPostRateLimitedEveryTimeEndsAsAnApiErrorAfterTheAttempts() {
        TestClients.enqueue(server, 6, error(429, "Too Many Requests", "slow down"));

        assertThatThrownBy(() -> docsClient().createCyberAsset(newAsset()))
                .isExactlyInstanceOf(ApiErrorException.class).hasMessageContaining("429");
        assertThat(server.getRequestCount()).isEqualTo(5);
    }

    @Test
    void patchAndDeleteAreRetriedWithTheSameRequest() throws Exception {
        server.enqueue(status(502));
        server.enqueue(json(200, Fixtures.DOCS_CYBER_ASSET));
        server.enqueue(status(504));
        server.enqueue(status(204));
        RaptorComplyClient client = docsClient();

        assertThat(client.patchCyberAsset("ca_01ABC123", new CyberAssetWrite("RTU-PLANT-01", null, null, null)).name())
                .isEqualTo("RTU-PLANT-01");
        assertThat(client.deleteCyberAsset("ca_01ABC123")).isTrue();

        assertThat(body(server.takeRequest())).isEqualTo(body(server.takeRequest())).isEqualTo("{\"name\":\"RTU-PLANT-01\"}");
        assertThat(server.takeRequest().getMethod()).isEqualTo("DELETE");
        assertThat(server.takeRequest().getMethod()).isEqualTo("DELETE");
    }

    @Test
    void aReadTimeoutIsRetriedThenNamesMethodAndPath() throws InterruptedException {
        TestClients.enqueue(server, 5, new MockResponse.Builder(json(200, "{}")).headersDelay(1, TimeUnit.SECONDS).build());
        ClientSettings settings = settings(server).withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(100),
                Duration.ofSeconds(5));

        assertThatThrownBy(() -> client(settings, keys(PRIMARY)).get(ResourceType.CYBER_ASSET, "ca_1"))
                .isInstanceOf(TransportException.class)
                .hasMessageStartingWith("GET /cyber-assets/ca_1 failed after 5 attempt(s)")
                .hasMessageMatching("(?is).*(timeout|timed out).*");
        // The client gave up on each attempt, so the server may still be reading the last one: wait for it.
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(server.takeRequest(10, TimeUnit.SECONDS)).as("attempt " + attempt).isNotNull();
        }
        assertThat(server.getRequestCount()).isEqualTo(5);
    }

    @Test
    void theCallTimeoutDoesNotCutAListStreamingSlowly() {
        server.enqueue(new MockResponse.Builder()
                .body(Fixtures.array(Fixtures.DOCS_FACILITY, Fixtures.DOCS_FACILITY, Fixtures.DOCS_FACILITY))
                .throttleBody(64, 100, TimeUnit.MILLISECONDS).build());
        ClientSettings settings = settings(server).withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofMillis(200));

        assertThat(ListStreamingTest.readAll(client(settings, keys(PRIMARY)).list(ResourceType.FACILITY))).hasSize(3);
    }

    private RaptorComplyClient patientClient() {
        RetrySettings retry = new RetrySettings(3, Duration.ofMillis(1), 2.0, Duration.ofSeconds(3), 0.0, Duration.ofSeconds(30));
        return client(settings(server).withRetry(retry), keys(PRIMARY));
    }

    private RaptorComplyClient docsClient() {
        return client(settings(server).withDialect(DialectSetting.DOCS), keys(PRIMARY));
    }

    private static CyberAssetWrite newAsset() {
        return new CyberAssetWrite("RTU-PLANT-01", "cs_01ABC456", "hardware", null);
    }
}
