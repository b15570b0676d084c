package com.raptorcomply.sync.client;

import static com.raptorcomply.sync.client.Fixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RejectionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"id": "ca_1", "name": {"first": "x"}}              | ca_1 | name           | expected a string, found an object
            {"id": "ca_1", "assetTitle": ["x"]}                 | ca_1 | assetTitle     | expected a string, found an array
            {"id": "ca_1", "name": true}                        | ca_1 | name           | expected a string, found a boolean
            {"id": "ca_1", "inService": "yes"}                  | ca_1 | inService      | expected a boolean, found a string
            {"id": "ca_1", "logging_enabled": 1}                | ca_1 | logging_enabled| expected a boolean, found a number
            {"id": "ca_1", "isDeleted": "false"}                | ca_1 | isDeleted      | expected a boolean, found a string
            {"id": "ca_1", "created_at": "15/03/2024"}          | ca_1 | created_at     | not an ISO-8601 timestamp: '15/03/2024'
            {"id": "ca_1", "updatedAt": 1710498600}             | ca_1 | updatedAt      | not an ISO-8601 timestamp: '1710498600'
            {"name": "no id"}                                   |      | id             | missing
            {"id": null}                                        |      | id             | missing
            {"id": 42, "name": "numeric id"}                    |      | id             | expected a non-empty string, found a number
            {"id": ""}                                          |      | id             | expected a non-empty string, found a string
            """)
    void cyberAssetRejections(String json, String id, String field, String reason) {
        ListItem<CyberAsset> item = ((RecordMapper<CyberAsset>) CyberAssetMapper::map).item(7, tree(json));

        assertThat(item).isInstanceOf(ListItem.Rejected.class);
        ListItem.Rejected<CyberAsset> rejected = (ListItem.Rejected<CyberAsset>) item;
        assertThat(rejected).extracting(ListItem::index, ListItem.Rejected::id, ListItem.Rejected::field,
                ListItem.Rejected::reason).containsExactly(7, id, field, reason);
        assertThat(rejected.raw()).isEqualTo(tree(json));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"id": "f", "generationType": "solar"}              | generationType    | expected an array of strings, found a string
            {"id": "f", "generationType": ["solar", 3]}         | generationType    | expected an array of strings, found a number
            {"id": "f", "address": "1 Main St"}                 | address           | expected an object, found a string
            {"id": "f", "address": {"city": 5, "zip": []}}      | address.zip       | expected a string, found an array
            {"id": "f", "address": {"createdAt": "yesterday"}}  | address.createdAt | not an ISO-8601 timestamp: 'yesterday'
            """)
    void facilityRejections(String json, String field, String reason) {
        ListItem<Facility> item = ((RecordMapper<Facility>) FacilityMapper::map).item(0, tree(json));

        assertThat(item).isInstanceOf(ListItem.Rejected.class);
        assertThat((ListItem.Rejected<Facility>) item).extracting(ListItem.Rejected::id, ListItem.Rejected::field,
                ListItem.Rejected::reason).containsExactly("f", field, reason);
    }

    @Test
    void controlCenterCountThatIsNotAWholeNumberIsRejected() {
        ListItem<ControlCenter> item = ((RecordMapper<ControlCenter>) ControlCenterMapper::map)
                .item(3, tree("{\"id\": \"cc\", \"cyberAssetsCount\": \"many\"}"));

        assertThat(((ListItem.Rejected<ControlCenter>) item).describe())
                .isEqualTo("element 3 (id cc): field 'cyberAssetsCount': not a number: 'many'");
    }

    @Test
    void elementThatIsNotAnObjectIsRejected() {
        ListItem<CyberSystem> item = ((RecordMapper<CyberSystem>) CyberSystemMapper::map).item(2, tree("\"cs_1\""));

        assertThat(((ListItem.Rejected<CyberSystem>) item).describe())
                .isEqualTo("element 2: field '(element)': expected a JSON object, found a string");
    }
}
