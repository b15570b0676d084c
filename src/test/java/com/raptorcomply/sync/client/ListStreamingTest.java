package com.raptorcomply.sync.client;

import static com.raptorcomply.sync.client.TestClients.client;
import static com.raptorcomply.sync.client.TestClients.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class ListStreamingTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @Test
    void aListOfBothDialectsCarriesOnPastRejectedElements() throws Exception {
        server.enqueue(json(200, Fixtures.array(Fixtures.DOCS_CYBER_ASSET, "{\"id\": \"ca_bad\", \"cyberSystemId\": {}}",
                "17", Fixtures.OPENAPI_CYBER_ASSET)));

        List<ListItem<? extends RemoteRecord>> items = readAll(client(server).list(ResourceType.CYBER_ASSET));

        assertThat(items).extracting(item -> item.getClass().getSimpleName())
                .containsExactly("Accepted", "Rejected", "Rejected", "Accepted");
        assertThat(accepted(items.get(0)).id()).isEqualTo("ca_01ABC123");
        assertThat(((ListItem.Rejected<?>) items.get(1)).describe())
                .isEqualTo("element 1 (id ca_bad): field 'cyberSystemId': expected a string id, found an object");
        assertThat(((ListItem.Rejected<?>) items.get(2)).reason()).isEqualTo("expected a JSON object, found a number");
        assertThat(accepted(items.get(3)).name()).isEqualTo("RTU-PLANT-01");
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/cyber-assets");
    }

    @Test
    void anElementWithAKeyTwiceIsRejectedAloneAndTheListCarriesOn() {
        server.enqueue(json(200, Fixtures.array("{\"id\": \"ca_1\", \"v\": [2.50, 1e400, 12345678901234567890]}",
                "{\"id\": \"ca_2\", \"x\": {\"a\": [1, {\"b\": 2}], \"a\": 3}, \"tail\": [\"]\", {}]}",
                "{\"id\": \"ca_3\", \"id\": \"ca_4\"}", "{\"id\": \"ca_5\"}")));

        List<ListItem<? extends RemoteRecord>> items = readAll(client(server).list(ResourceType.CYBER_ASSET));

        assertThat(items).extracting(item -> item.getClass().getSimpleName())
                .containsExactly("Accepted", "Rejected", "Rejected", "Accepted");
        assertThat(accepted(items.get(0)).raw().get("v").toString()).isEqualTo("[2.50,1E+400,12345678901234567890]");
        assertThat(((ListItem.Rejected<?>) items.get(1)).describe()).isEqualTo("element 1 (id ca_2): field 'a': the"
                + " object holds this key twice; which value the API meant is unknown");
        assertThat((ListItem.Rejected<?>) items.get(2)).extracting(ListItem.Rejected::id, ListItem.Rejected::field)
                .containsExactly(null, "id");
        assertThat(accepted(items.get(3)).id()).isEqualTo("ca_5");
        assertThat(items.get(3).index()).isEqualTo(3);
    }

    @Test
    void everyResourceTypeIsListedFromItsPath() throws Exception {
        server.enqueue(json(200, Fixtures.array(Fixtures.OPENAPI_FACILITY)));
        server.enqueue(json(200, Fixtures.array(Fixtures.OPENAPI_CONTROL_CENTER)));
        server.enqueue(json(200, Fixtures.array(Fixtures.DOCS_CYBER_SYSTEM)));
        RaptorComplyClient client = client(server);

        assertThat(accepted(readAll(client.list(ResourceType.FACILITY)).get(0)).type()).isEqualTo(ResourceType.FACILITY);
        assertThat(accepted(readAll(client.list(ResourceType.CONTROL_CENTER)).get(0)).type())
                .isEqualTo(ResourceType.CONTROL_CENTER);
        assertThat(accepted(readAll(client.list(ResourceType.CYBER_SYSTEM)).get(0)).type())
                .isEqualTo(ResourceType.CYBER_SYSTEM);
        assertThat(List.of(server.takeRequest(), server.takeRequest(), server.takeRequest()))
                .extracting(request -> request.getUrl().encodedPath())
                .containsExactly("/facilities", "/control-centers", "/cyber-systems");
    }

    @Test
    void aLargeListIsStreamedElementByElement() {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < 20_000; i++) {
            body.append(i == 0 ? "" : ",").append("{\"id\":\"ca_").append(i).append("\",\"name\":\"A").append(i).append("\"}");
        }
        server.enqueue(new MockResponse.Builder().chunkedBody(body.append(']').toString(), 8192).build());

        List<ListItem<? extends RemoteRecord>> items = readAll(client(server).list(ResourceType.CYBER_ASSET));

        assertThat(items).hasSize(20_000).allMatch(item -> item instanceof ListItem.Accepted);
        assertThat(items.get(19_999).index()).isEqualTo(19_999);
    }

    @Test
    void aBodyThatIsNotAnArrayIsAFormatError() {
        server.enqueue(json(200, "{\"data\": []}"));

        RecordCursor<? extends RemoteRecord> cursor = client(server).list(ResourceType.FACILITY);

        assertThatThrownBy(cursor::hasNext).isInstanceOf(ResponseFormatException.class)
                .hasMessage("GET /facilities: expected a JSON array, found an object ('{')");
    }

    @Test
    void malformedJsonNamesTheElementReached() {
        server.enqueue(json(200, "[" + Fixtures.DOCS_FACILITY + ", {\"id\": \"fac_2\" \"name\": 1}]"));
        RecordCursor<? extends RemoteRecord> cursor = client(server).list(ResourceType.FACILITY);

        cursor.next();

        assertThatThrownBy(cursor::hasNext).isInstanceOf(ResponseFormatException.class)
                .hasMessageStartingWith("GET /facilities: malformed or cut-short JSON at element 1");
        assertThat(cursor.hasNext()).isFalse();
    }

    @Test
    void aBodyCutShortNamesTheElementReached() {
        server.enqueue(json(200, "[" + Fixtures.DOCS_FACILITY + ", " + Fixtures.DOCS_FACILITY));

        RecordCursor<? extends RemoteRecord> cursor = client(server).list(ResourceType.FACILITY);

        assertThatThrownBy(() -> readAll(cursor)).isInstanceOf(ResponseFormatException.class)
                .hasMessageContaining("GET /facilities").hasMessageContaining("element 2");
    }

    @Test
    void aConnectionDroppedMidListIsNotRetriedAndNamesTheElementReached() {
        List<String> elements = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            elements.add("{\"id\":\"ca_" + i + "\",\"name\":\"asset number " + i + "\"}");
        }
        server.enqueue(new MockResponse.Builder().body(Fixtures.array(elements.toArray(String[]::new)))
                .onResponseBody(new SocketEffect.CloseSocket(true, true, true)).build());
        List<ListItem<?>> seen = new ArrayList<>();

        try (RecordCursor<? extends RemoteRecord> cursor = client(server).list(ResourceType.CYBER_ASSET)) {
            assertThatThrownBy(() -> cursor.forEachRemaining(seen::add))
                    .isInstanceOfAny(TransportException.class, ResponseFormatException.class)
                    .hasMessageContaining("GET /cyber-assets").hasMessageContaining("element " + seen.size());
        }
        assertThat(seen).hasSizeBetween(1, 1_999);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void closingACursorEarlyReleasesTheConnection() throws Exception {
        server.enqueue(json(200, Fixtures.array(Fixtures.DOCS_FACILITY, Fixtures.DOCS_FACILITY)));
        server.enqueue(json(200, "[]"));
        RaptorComplyClient client = client(server);

        try (RecordCursor<? extends RemoteRecord> cursor = client.list(ResourceType.FACILITY)) {
            cursor.next();
        }

        assertThat(readAll(client.list(ResourceType.FACILITY))).isEmpty();
    }

    static List<ListItem<? extends RemoteRecord>> readAll(RecordCursor<? extends RemoteRecord> cursor) {
        List<ListItem<? extends RemoteRecord>> items = new ArrayList<>();
        try (cursor) {
            cursor.forEachRemaining(items::add);
        }
        return items;
    }

    static RemoteRecord accepted(ListItem<? extends RemoteRecord> item) {
        return ((ListItem.Accepted<? extends RemoteRecord>) item).record();
    }
}
