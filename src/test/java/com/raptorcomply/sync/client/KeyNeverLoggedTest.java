package com.raptorcomply.sync.client;

import static com.raptorcomply.sync.client.TestClients.PRIMARY;
import static com.raptorcomply.sync.client.TestClients.SECONDARY;
import static com.raptorcomply.sync.client.TestClients.error;
import static com.raptorcomply.sync.client.TestClients.json;
import static com.raptorcomply.sync.client.TestClients.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.testing.LogCapture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KeyNeverLoggedTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private LogCapture logs;

    @BeforeEach
    void captureEverything() {
        logs = new LogCapture();
    }

    @AfterEach
    void restore() {
        logs.close();
    }

    @Test
    void noLogLineNorExceptionShowsAKey() {
        server.enqueue(json(200, Fixtures.array(Fixtures.DOCS_CYBER_ASSET, "{\"id\": 1}")));
        server.enqueue(status(503));
        server.enqueue(error(404, "Not Found", "no such asset"));
        server.enqueue(error(401, "Unauthorized", "Invalid API key " + PRIMARY.secret()));
        server.enqueue(error(500, "Internal Server Error", "boom"));
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        server.enqueue(error(401, "Unauthorized", "API key has expired"));
        RaptorComplyClient client = TestClients.client(server);
        List<Throwable> thrown = new ArrayList<>();

        ListStreamingTest.readAll(client.list(ResourceType.CYBER_ASSET));
        client.get(ResourceType.CYBER_ASSET, "ca_gone");
        capture(thrown, () -> client.deleteCyberAsset("ca_1"));
        capture(thrown, () -> client.createCyberAsset(new CyberAssetWrite("A", "cs_1", "hardware", null)));
        capture(thrown, () -> client.createCyberAsset(new CyberAssetWrite("A", "cs_1", "hardware", null)));
        client.probe(SECONDARY);

        assertThat(thrown).hasSize(3);
        assertThat(logs.lines()).isNotEmpty().anySatisfy(line -> assertThat(line).contains(PRIMARY.fingerprint()));
        assertThat(everything(thrown)).doesNotContain(PRIMARY.secret()).doesNotContain(SECONDARY.secret());
    }

    private String everything(List<Throwable> thrown) {
        StringBuilder text = new StringBuilder();
        logs.lines().forEach(line -> text.append(line).append('\n'));
        for (Throwable t : thrown) {
            StringWriter trace = new StringWriter();
            t.printStackTrace(new PrintWriter(trace));
            text.append(trace).append('\n');
        }
        return text.toString();
    }

    private static void capture(List<Throwable> thrown, Runnable call) {
        try {
            call.run();
        } catch (RaptorComplyException e) {
            thrown.add(e);
        }
    }
}
