package com.raptorcomply.sync.client;

import static com.raptorcomply.sync.client.TestClients.PRIMARY;
import static com.raptorcomply.sync.client.TestClients.keys;
import static com.raptorcomply.sync.client.TestClients.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;

/** The read timeout, kept by the sockets instead of OkHttp's watchdog, still ends a stalled answer. */
class ReadTimeoutSocketsTest {

    private static final String BODY = "[" + "{\"id\":\"fac_1\"},".repeat(99) + "{\"id\":\"fac_1\"}]";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @Test
    void aBodyThatStopsLongerThanTheReadTimeoutFailsWithATimeout() {
        server.enqueue(new MockResponse.Builder().body(BODY).throttleBody(64, 3, TimeUnit.SECONDS).build());

        assertTimesOutReadingTheBody(client(Duration.ofMillis(300)));
    }

    @Test
    void aBodyThatKeepsComingWithinTheReadTimeoutIsReadWhole() throws IOException, InterruptedException {
        server.enqueue(new MockResponse.Builder().body(BODY).throttleBody(256, 100, TimeUnit.MILLISECONDS).build());
        server.enqueue(new MockResponse.Builder().body("[]").build());
        OkHttpClient http = client(Duration.ofMillis(500));

        try (Response response = http.newCall(request()).execute()) {
            assertThat(response.body().string()).isEqualTo(BODY);
        }
        try (Response again = http.newCall(request()).execute()) {   // the pooled connection, checked and reused
            assertThat(again.body().string()).isEqualTo("[]");
        }
        assertThat(server.takeRequest().getConnectionIndex()).isEqualTo(server.takeRequest().getConnectionIndex());
    }

    @Test
    void headersLaterThanTheReadTimeoutFailWithATimeout() {
        server.enqueue(new MockResponse.Builder().body("[]").headersDelay(3, TimeUnit.SECONDS).build());

        assertThatThrownBy(() -> client(Duration.ofMillis(300)).newCall(request()).execute().close())
                .isInstanceOf(SocketTimeoutException.class);
    }

    /** Over TLS the socket under the TLS layer keeps the timeout: the handshake and every read of the answer. */
    @Test
    void overTlsABodyThatStopsFailsWithATimeoutAndOneThatKeepsComingIsReadWhole() throws IOException {
        HeldCertificate localhost = new HeldCertificate.Builder().addSubjectAlternativeName("localhost").build();
        server.useHttps(new HandshakeCertificates.Builder().heldCertificate(localhost).build().sslSocketFactory());
        HandshakeCertificates trusted = new HandshakeCertificates.Builder()
                .addTrustedCertificate(localhost.certificate()).build();
        OkHttpClient https = client(Duration.ofMillis(500)).newBuilder()
                .sslSocketFactory(trusted.sslSocketFactory(), trusted.trustManager()).build();
        server.enqueue(new MockResponse.Builder().body(BODY).throttleBody(256, 100, TimeUnit.MILLISECONDS).build());
        server.enqueue(new MockResponse.Builder().body(BODY).throttleBody(64, 3, TimeUnit.SECONDS).build());

        try (Response response = https.newCall(request()).execute()) {
            assertThat(response.handshake()).isNotNull();
            assertThat(response.protocol()).isEqualTo(Protocol.HTTP_1_1);
            assertThat(response.body().string()).isEqualTo(BODY);
        }
        assertTimesOutReadingTheBody(https);
    }

    @Test
    void okHttpKeepsNoReadTimeoutAndSpeaksHttp11() {
        OkHttpClient http = client(Duration.ofSeconds(30));

        assertThat(http.readTimeoutMillis()).isZero();
        assertThat(http.writeTimeoutMillis()).isEqualTo(30_000);
        assertThat(http.protocols()).isEqualTo(List.of(Protocol.HTTP_1_1));
        assertThat(http.socketFactory()).isInstanceOf(ReadTimeoutSockets.class);
    }

    @Test
    void aSocketCanChangeItsReadTimeoutButNotRemoveIt() throws IOException {
        try (Socket socket = new ReadTimeoutSockets(Duration.ofSeconds(7)).createSocket()) {
            assertThat(socket.getSoTimeout()).isEqualTo(7_000);
            socket.setSoTimeout(0);
            assertThat(socket.getSoTimeout()).isEqualTo(7_000);
            socket.setSoTimeout(1);
            assertThat(socket.getSoTimeout()).isEqualTo(1);
        }
    }

    /** The next answer's body stalls for 3 s: reading it fails with a timeout well before that. */
    private void assertTimesOutReadingTheBody(OkHttpClient http) {
        long start = System.nanoTime();
        assertThatThrownBy(() -> {
            try (Response response = http.newCall(request()).execute()) {
                response.body().string();
            }
        }).isInstanceOf(SocketTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    private OkHttpClient client(Duration readTimeout) {
        return RaptorComplyClients.httpClient(settings(server).withTimeouts(Duration.ofSeconds(1), readTimeout,
                Duration.ofSeconds(10)), keys(PRIMARY));
    }

    private Request request() {
        return new Request.Builder().url(server.url("/facilities")).build();
    }
}
