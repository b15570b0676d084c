package com.raptorcomply.sync.client;

import static com.raptorcomply.sync.client.ListStreamingTest.readAll;
import static com.raptorcomply.sync.client.TestClients.client;
import static com.raptorcomply.sync.client.TestClients.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * A pull hashes every element as received; one the warehouse holds (id and hash of a live mirror row) is not parsed
 * but comes as {@link ListItem.Held}, with the drift a parse would have reported.
 */
class HeldElementsTest {

    private static final String FIRST = "{\"id\":\"7f1c2a9e-1\",\"assetTitle\":\"RTU-1\",\"inService\":true}";
    private static final String DRIFTED = "{\"id\":\"7f1c2a9e-2\",\"assetTitle\":\"RTU-2\",\"inService\":\"yes\"}";
    private static final String SPACED = "{ \"id\": \"7f1c2a9e-3\", \"assetTitle\": \"RTU-3\" }";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @Test
    void anElementTheWarehouseHoldsByteForByteComesHeldWithItsDrift() {
        server.enqueue(json(200, Fixtures.array(FIRST, DRIFTED, SPACED)));
        // the third is known in another spelling of the same JSON: not the same bytes, so parsed
        KnownTexts known = known("7f1c2a9e-1", FIRST, "7f1c2a9e-2", DRIFTED, "7f1c2a9e-3",
                "{\"id\":\"7f1c2a9e-3\",\"assetTitle\":\"RTU-3\"}");

        List<ListItem<? extends RemoteRecord>> items =
                readAll(openApiClient().list(ResourceType.CYBER_ASSET, () -> known));

        assertThat(items).extracting(item -> item.getClass().getSimpleName())
                .containsExactly("Held", "Held", "Accepted");
        assertThat(items.get(0)).isEqualTo(new ListItem.Held<>(0, "7f1c2a9e-1", TextHash.of(FIRST), List.of()));
        assertThat(items.get(1)).isEqualTo(new ListItem.Held<>(1, "7f1c2a9e-2", TextHash.of(DRIFTED),
                List.of(new FieldDrift("inService", "boolean", "string"))));
        var parsed = (ListItem.Accepted<?>) items.get(2);
        assertThat(parsed.record().id()).isEqualTo("7f1c2a9e-3");
        assertThat(parsed.textHash()).isEqualTo(TextHash.of(SPACED));
    }

    @Test
    void withNothingKnownEveryElementIsParsedAndCarriesTheHashOfItsBytes() {
        server.enqueue(json(200, Fixtures.array(FIRST, SPACED)));

        List<ListItem<? extends RemoteRecord>> items = readAll(client(server).list(ResourceType.CYBER_ASSET));

        assertThat(items).map(item -> ((ListItem.Accepted<?>) item).textHash())
                .containsExactly(TextHash.of(FIRST), TextHash.of(SPACED));
    }

    @Test
    void elementsAreParsedUntilOneShowsTheDialect() {
        // the first shows no dialect, so the second is parsed too (its assetTitle shows it), then the third is held
        String bare = "{\"id\":\"x-1\"}";
        server.enqueue(json(200, Fixtures.array(bare, FIRST, DRIFTED)));
        KnownTexts known = known("x-1", bare, "7f1c2a9e-1", FIRST, "7f1c2a9e-2", DRIFTED);

        List<ListItem<? extends RemoteRecord>> items =
                readAll(client(server).list(ResourceType.CYBER_ASSET, () -> known));

        assertThat(items).extracting(item -> item.getClass().getSimpleName())
                .containsExactly("Accepted", "Accepted", "Held");
    }

    @Test
    void whatTheWarehouseHoldsIsAskedForOnceTheRequestIsAnsweredAndOnlyOnce() {
        server.enqueue(json(200, Fixtures.array(FIRST, DRIFTED)));
        KnownTexts known = known("7f1c2a9e-1", FIRST, "7f1c2a9e-2", DRIFTED);
        var asked = new AtomicInteger();
        var requestsWhenAsked = new AtomicInteger(-1);

        RecordCursor<? extends RemoteRecord> cursor = openApiClient().list(ResourceType.CYBER_ASSET, () -> {
            asked.incrementAndGet();
            requestsWhenAsked.set(server.getRequestCount());
            return known;
        });
        assertThat(asked).as("asked for before the first element").hasValue(0);
        List<ListItem<? extends RemoteRecord>> items = readAll(cursor);

        assertThat(items).extracting(item -> item.getClass().getSimpleName()).containsExactly("Held", "Held");
        assertThat(asked).hasValue(1);
        assertThat(requestsWhenAsked).as("requests the server had received when asked").hasValue(1);
    }

    @Test
    void failingToTellWhatTheWarehouseHoldsFailsTheListWithThatFailure() {
        server.enqueue(json(200, Fixtures.array(FIRST, DRIFTED)));
        var unreadable = new IllegalStateException("the mirror could not be read");

        RecordCursor<? extends RemoteRecord> cursor = openApiClient().list(ResourceType.CYBER_ASSET, () -> {
            throw unreadable;
        });

        assertThatThrownBy(() -> readAll(cursor)).isSameAs(unreadable);
    }

    private RaptorComplyClient openApiClient() {
        return TestClients.client(TestClients.settings(server).withDialect(DialectSetting.OPENAPI),
                TestClients.keys(TestClients.PRIMARY));
    }

    /** Pairs of id and element text. */
    private static KnownTexts known(String... idsAndElements) {
        long[] fingerprints = new long[idsAndElements.length / 2];
        for (int i = 0; i < fingerprints.length; i++) {
            fingerprints[i] = KnownTexts.fingerprint(idsAndElements[2 * i], TextHash.of(idsAndElements[2 * i + 1]));
        }
        return KnownTexts.of(fingerprints, fingerprints.length);
    }
}
