package com.raptorcomply.sync.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.testing.SyncFixture;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The mirror compared with what the simulator serves, every id and payload of all four resources: the live rows are
 * exactly the listed records, each payload equal as JSON to the element sent, and no listed record is marked
 * deleted. The list is streamed and matched against the mirror's rows as it goes, so 100,000 assets fit a test JVM.
 */
final class MirrorCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private MirrorCheck() {
    }

    /**
     * Asserts the mirror equals the simulator's data: every listed record is in the mirror with an equal payload,
     * marked deleted exactly when the list flags it deleted; a mirror row no longer listed is marked deleted and
     * is one of {@code removedUpstream}.
     */
    static void assertMirrorEqualsSimulator(SyncFixture fixture, Set<String> removedUpstream) {
        for (ResourceType type : ResourceType.values()) {
            Map<String, Row> rows = new HashMap<>();
            fixture.jdbc().sql("SELECT id, payload::text, deleted_at IS NOT NULL FROM raptor." + type.table())
                    .query((row, n) -> rows.put(row.getString(1), new Row(row.getString(2), row.getBoolean(3))))
                    .list();
            List<String> mismatches = new ArrayList<>();
            List<String> wronglyFlagged = new ArrayList<>();
            int listed = forEachListed(fixture, type, element -> {
                String id = element.get("id").asText();
                Row stored = rows.remove(id);
                boolean flagged = element.path("is_deleted").asBoolean(false)
                        || element.path("isDeleted").asBoolean(false);
                if (stored == null || !parse(stored.payload()).equals(element)) {
                    mismatches.add(id);
                } else if (stored.deleted() != flagged) {
                    wronglyFlagged.add(id);
                }
            });
            assertThat(wronglyFlagged).as("%s whose deleted mark differs from the list's flag", type).isEmpty();
            assertThat(mismatches).as("%s whose mirror payload is missing or differs (of %,d listed)", type, listed)
                    .isEmpty();
            assertThat(rows).as("%s in the mirror but no longer listed: each removed upstream, marked deleted", type)
                    .allSatisfy((id, row) -> {
                        assertThat(row.deleted()).as(id + " deleted").isTrue();
                        assertThat(removedUpstream).as("removed upstream").contains(id);
                    });
        }
    }

    private record Row(String payload, boolean deleted) {
    }

    /** Calls {@code each} with every element of the list the simulator serves now; returns how many. */
    static int forEachListed(SyncFixture fixture, ResourceType type, java.util.function.Consumer<JsonNode> each) {
        var request = HttpRequest.newBuilder(URI.create(fixture.simulator().baseUrl() + type.path()))
                .header("X-API-Key", SyncFixture.PRIMARY_KEY).build();
        try (InputStream body = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream()).body();
                JsonParser parser = JSON.getFactory().createParser(body)) {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_ARRAY);
            int count = 0;
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                each.accept(JSON.readTree(parser));
                count++;
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
