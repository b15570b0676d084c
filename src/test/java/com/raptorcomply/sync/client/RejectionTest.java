package com.raptorcomply.sync.client;

import static com.raptorcomply.sync.client.Fixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An element is rejected only when its id or a relation id is unusable, or PostgreSQL cannot store it. */
class RejectionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"name": "no id"}                                   |      | id              | missing
            {"id": null}                                        |      | id              | missing
            {"id": 42, "name": "numeric id"}                    |      | id              | expected a non-empty string, found a number
            {"id": ""}                                          |      | id              | expected a non-empty string, found a string
            {"id": "  "}                                        |      | id              | expected a non-empty string, found a string
            {"id": "ca_1", "cyber_system_id": {"id": "cs_1"}}   | ca_1 | cyber_system_id | expected a string id, found an object
            {"id": "ca_1", "cyberSystemId": ["cs_1"]}           | ca_1 | cyberSystemId   | expected a string id, found an array
            {"id": "ca_1", "cyberSystemId": true}               | ca_1 | cyberSystemId   | expected a string id, found a boolean
            """)
    void cyberAssetRejections(String json, String id, String field, String reason) {
        ListItem.Rejected<RemoteRecord> rejected = rejected(ResourceType.CYBER_ASSET, 7, json);

        assertThat(rejected).extracting(ListItem::index, ListItem.Rejected::id, ListItem.Rejected::field,
                ListItem.Rejected::reason).containsExactly(7, id, field, reason);
        assertThat(rejected.raw()).isEqualTo(tree(json));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            FACILITY     | {"id": "f", "controlCenterId": {}}      | controlCenterId
            CYBER_SYSTEM | {"id": "s", "facility_id": []}          | facility_id
            CYBER_SYSTEM | {"id": "s", "control_center_id": false} | control_center_id
            """)
    void relationIdsTheMirrorHoldsMustBeStrings(ResourceType type, String json, String field) {
        assertThat(rejected(type, 0, json).field()).isEqualTo(field);
    }

    @Test
    void anIdLongerThanTheLimitIsRejectedAndShownShortened() {
        String id = "x".repeat(1_000_000);

        ListItem.Rejected<RemoteRecord> rejected = rejected(ResourceType.CYBER_ASSET, 4,
                "{\"id\": \"" + id + "\", \"name\": \"n\"}");

        assertThat(rejected.reason()).isEqualTo("longer than 255 characters (1000000)");
        assertThat(rejected.describe()).hasSizeLessThan(200)
                .isEqualTo("element 4 (id " + "x".repeat(40) + "... (1000000 characters)): field 'id': "
                        + "longer than 255 characters (1000000)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"id": "ca_1", "name": "a\\u0000b"}                  | name          | NUL
            {"id": "ca_1", "tags": [{"x": "\\u0000"}]}           | tags[0].x     | NUL
            {"id": "ca_1", "name": "bad \\ud800 half"}           | name          | unpaired
            {"id": "ca_1", "notes": "\\udc00"}                   | notes         | unpaired
            {"id": "ca_1", "k\\u0000": 1}                        | k\\u0000      | NUL
            """)
    void whatPostgresCannotStoreIsRejected(String json, String field, String reason) {
        ListItem.Rejected<RemoteRecord> rejected = rejected(ResourceType.CYBER_ASSET, 1, json);

        assertThat(rejected.id()).isEqualTo("ca_1");
        assertThat(rejected.field()).isEqualTo(field);
        assertThat(rejected.reason()).contains(reason).contains("PostgreSQL cannot store");
        assertThat(rejected.raw()).isNull();
    }

    @Test
    void aPairedSurrogateIsFine() {
        assertThat(RecordReader.of(ResourceType.CYBER_ASSET).item(0, tree("{\"id\": \"a\", \"name\": \"\\ud83d\\udd0c\"}")))
                .isInstanceOf(ListItem.Accepted.class);
    }

    @Test
    void elementThatIsNotAnObjectIsRejected() {
        assertThat(rejected(ResourceType.CYBER_SYSTEM, 2, "\"cs_1\"").describe())
                .isEqualTo("element 2: field '(element)': expected a JSON object, found a string");
    }

    private static ListItem.Rejected<RemoteRecord> rejected(ResourceType type, int index, String json) {
        ListItem<RemoteRecord> item = RecordReader.of(type).item(index, tree(json));
        assertThat(item).isInstanceOf(ListItem.Rejected.class);
        return (ListItem.Rejected<RemoteRecord>) item;
    }
}
