package com.raptorcomply.sync.client;

import static com.raptorcomply.sync.client.ListStreamingTest.accepted;
import static com.raptorcomply.sync.client.ListStreamingTest.readAll;
import static com.raptorcomply.sync.client.TestClients.json;
import static com.raptorcomply.sync.client.TestClients.keys;
import static com.raptorcomply.sync.client.TestClients.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.raptorcomply.sync.client.ClientSettings.ListSettings;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Elements over RCSYNC_MAX_ELEMENT_SIZE are rejected alone; the list around them is read as usual. */
class ElementSizeTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @Test
    void oversizedElementsAreRejectedAloneWithTheIdTheirStartShows() {
        String idFirst = "{\"id\": \"ca_big\", \"cyberSystemId\": \"cs_1\", \"notes\": \"" + "n".repeat(2_000) + "\"}";
        String idLast = "{\"notes\": \"" + "]\\\"".repeat(1_000) + "\", \"id\": \"ca_hidden\"}";
        server.enqueue(json(200, Fixtures.array("{\"id\": \"ca_1\"}", idFirst, "{\"id\": \"ca_2\"}", idLast,
                "[" + "\"x\",".repeat(600) + "1]", "{\"id\": \"ca_3\"}")));

        List<ListItem<? extends RemoteRecord>> items = readAll(client(DataSize.ofKilobytes(1))
                .list(ResourceType.CYBER_ASSET));

        assertThat(items).extracting(item -> item.getClass().getSimpleName())
                .containsExactly("Accepted", "Rejected", "Accepted", "Rejected", "Rejected", "Accepted");
        assertThat(((ListItem.Rejected<?>) items.get(1)).describe()).isEqualTo("element 1 (id ca_big): field"
                + " '(element)': element of 2.0 KB, over RCSYNC_MAX_ELEMENT_SIZE=1KB");
        assertThat((ListItem.Rejected<?>) items.get(3)).extracting(ListItem.Rejected::id, ListItem.Rejected::raw)
                .containsExactly(null, null);
        assertThat(((ListItem.Rejected<?>) items.get(4)).reason()).startsWith("element of 2.3 KB");
        assertThat(accepted(items.get(5)).id()).isEqualTo("ca_3");
        assertThat(items.get(5).index()).isEqualTo(5);
    }

    @Test
    void anElementExactlyAtTheLimitIsReadAndOneByteOverIsRejected() {
        String padding = "p".repeat(1024 - "{\"id\": \"ca_1\", \"p\": \"\"}".length());
        String atLimit = "{\"id\": \"ca_1\", \"p\": \"" + padding + "\"}";
        String overLimit = "{\"id\": \"ca_2\", \"p\": \"" + padding + "q\"}";
        server.enqueue(json(200, Fixtures.array(atLimit, overLimit)));

        List<ListItem<? extends RemoteRecord>> items = readAll(client(DataSize.ofKilobytes(1))
                .list(ResourceType.CYBER_ASSET));

        assertThat(accepted(items.get(0)).raw().get("p").textValue()).isEqualTo(padding);
        assertThat(((ListItem.Rejected<?>) items.get(1)).reason())
                .isEqualTo("element of 1.0 KB, over RCSYNC_MAX_ELEMENT_SIZE=1KB");
        assertThat(((ListItem.Rejected<?>) items.get(1)).id()).isEqualTo("ca_2");
    }

    @Test
    void anOversizedElementWithAKeyTwiceOrAnUnreadableIdHasNoId() {
        String twice = "{\"id\": \"ca_1\", \"id\": \"ca_2\", \"p\": \"" + "p".repeat(2_000) + "\"}";
        String numeric = "{\"id\": 17, \"p\": \"" + "p".repeat(2_000) + "\"}";
        server.enqueue(json(200, Fixtures.array(twice, numeric)));

        List<ListItem<? extends RemoteRecord>> items = readAll(client(DataSize.ofKilobytes(1))
                .list(ResourceType.CYBER_ASSET));

        assertThat(items).extracting(item -> ((ListItem.Rejected<?>) item).id()).containsExactly(null, null);
    }

    @Test
    void dataAfterTheClosingBracketFailsTheList() {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body("[{\"id\": \"fac_1\"}] [{\"id\": \"fac_2\"}]").build());
        RecordCursor<? extends RemoteRecord> cursor = client(DataSize.ofMegabytes(1)).list(ResourceType.FACILITY);

        cursor.next();

        assertThatThrownBy(cursor::hasNext).isInstanceOf(ResponseFormatException.class).hasMessage("GET /facilities:"
                + " malformed or cut-short JSON at element 1: data after the list's closing ']': '['");
    }

    @Test
    void aListCutShortAfterAnElementSaysItEndedWithoutItsBracket() {
        server.enqueue(json(200, "[" + Fixtures.DOCS_FACILITY + ", " + Fixtures.DOCS_FACILITY));

        assertThatThrownBy(() -> readAll(client(DataSize.ofMegabytes(1)).list(ResourceType.FACILITY)))
                .isInstanceOf(ResponseFormatException.class)
                .hasMessage("GET /facilities: the list ended without ']' at element 2");
    }

    private RaptorComplyClient client(DataSize maxElementSize) {
        ListSettings list = new ListSettings(Duration.ofMinutes(1), DataSize.ofBytes(0), Duration.ofSeconds(60),
                maxElementSize);
        return TestClients.client(settings(server).withList(list), keys(TestClients.PRIMARY));
    }
}
