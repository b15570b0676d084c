package com.raptorcomply.sync.client;

import static com.raptorcomply.sync.client.Fixtures.object;
import static com.raptorcomply.sync.client.Fixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.client.RemoteRecord.Relations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Both dialects read into the one small record: id, name, deleted flag, relations, and the JSON as received. */
class RecordMappingTest {

    @Test
    void docsDialectRecords() {
        assertThat(accepted(ResourceType.FACILITY, Fixtures.DOCS_FACILITY)).isEqualTo(new RemoteRecord(
                ResourceType.FACILITY, "fac_01HXY", "South Plant Substation", false, Relations.NONE,
                object(Fixtures.DOCS_FACILITY)));
        assertThat(accepted(ResourceType.CONTROL_CENTER, Fixtures.DOCS_CONTROL_CENTER).name())
                .isEqualTo("Western Operations Center");
        assertThat(accepted(ResourceType.CYBER_SYSTEM, Fixtures.DOCS_CYBER_SYSTEM).relations())
                .isEqualTo(new Relations(null, "fac_01HXY", null, null));
        RemoteRecord asset = accepted(ResourceType.CYBER_ASSET, Fixtures.DOCS_CYBER_ASSET);
        assertThat(asset).extracting(RemoteRecord::id, RemoteRecord::name, RemoteRecord::relations)
                .containsExactly("ca_01ABC123", "RTU-PLANT-01", new Relations(null, null, "cs_01ABC456", "hardware"));
    }

    @Test
    void openApiRecordsWithEveryDocumentedFieldShowNoDrift() {
        assertThat(item(ResourceType.FACILITY, Fixtures.OPENAPI_FACILITY).drift()).isEmpty();
        assertThat(item(ResourceType.CONTROL_CENTER, Fixtures.OPENAPI_CONTROL_CENTER).drift()).isEmpty();
        assertThat(item(ResourceType.CYBER_SYSTEM, Fixtures.OPENAPI_CYBER_SYSTEM).drift()).isEmpty();
        assertThat(item(ResourceType.CYBER_ASSET, Fixtures.OPENAPI_CYBER_ASSET).drift()).isEmpty();
    }

    @Test
    void openApiRecordsReadWhatTheSyncNeeds() {
        RemoteRecord facility = accepted(ResourceType.FACILITY, Fixtures.OPENAPI_FACILITY);
        RemoteRecord center = accepted(ResourceType.CONTROL_CENTER, Fixtures.OPENAPI_CONTROL_CENTER);
        RemoteRecord system = accepted(ResourceType.CYBER_SYSTEM, Fixtures.OPENAPI_CYBER_SYSTEM);
        RemoteRecord asset = accepted(ResourceType.CYBER_ASSET, Fixtures.OPENAPI_CYBER_ASSET);

        assertThat(facility).extracting(RemoteRecord::name, RemoteRecord::deleted, RemoteRecord::relations)
                .containsExactly("Québec Wind Farm", false,
                        new Relations("7f1c2a9e-0000-4000-8000-0000000000cc", null, null, null));
        assertThat(center.name()).isEqualTo("Primary Control Center");
        assertThat(system).extracting(RemoteRecord::name, RemoteRecord::deleted, RemoteRecord::relations)
                .containsExactly("EMS", true, new Relations("7f1c2a9e-0000-4000-8000-0000000000cc", null, null, null));
        assertThat(asset).extracting(RemoteRecord::name, RemoteRecord::relations).containsExactly("RTU-PLANT-01",
                new Relations(null, null, "7f1c2a9e-0000-4000-8000-0000000000c5", "RTU"));
    }

    @Test
    void unknownFieldsAndNumbersAreKeptInRawExactlyAsReceived() {
        RemoteRecord facility = accepted(ResourceType.FACILITY, Fixtures.OPENAPI_FACILITY);

        assertThat(facility.raw().get("futureField").toString()).isEqualTo("{\"nested\":[1,2.50]}");
        assertThat(facility.raw()).isEqualTo(object(Fixtures.OPENAPI_FACILITY));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"id": "ca_1", "inService": "true", "name": "n"}       | inService        | boolean | string
            {"id": "ca_1", "routableProtocol": 1, "name": "n"}     | routableProtocol | boolean | number
            {"id": "ca_1", "manufacturer": {}, "name": "n"}        | manufacturer     | string  | object
            {"id": "ca_1", "ipAddress": ["10.0.0.1"], "name": "n"} | ipAddress        | string  | array
            {"id": "ca_1", "createdAt": 1710498600, "name": "n"}   | createdAt        | string  | number
            {"id": "ca_1", "count": 3, "name": "n"}                | count            | string  | number
            """)
    void aFieldOfAnUnexpectedTypeIsKeptAndReportedAsDrift(String json, String field, String expected, String found) {
        ListItem.Accepted<RemoteRecord> item = item(ResourceType.CYBER_ASSET, json);

        assertThat(item.drift()).containsExactly(new FieldDrift(field, expected, found));
        assertThat(item.record().raw()).isEqualTo(tree(json));
        assertThat(item.record().name()).isEqualTo("n");
    }

    @Test
    void essentialFieldsOfAWrongTypeReadAsAbsentNeverAsADeletion() {
        ListItem.Accepted<RemoteRecord> item = item(ResourceType.CYBER_ASSET, """
                {"id": "ca_1", "assetTitle": {"en": "x"}, "assetType": ["rtu"], "isDeleted": "true",
                 "cyberSystemId": "cs_1"}""");

        assertThat(item.record()).extracting(RemoteRecord::name, RemoteRecord::deleted, RemoteRecord::relations)
                .containsExactly(null, false, new Relations(null, null, "cs_1", null));
        assertThat(item.drift()).extracting(FieldDrift::field)
                .containsExactlyInAnyOrder("assetTitle", "assetType", "isDeleted");
    }

    @Test
    void aNumericRelationIdIsKeptAsItsTextAndReported() {
        ListItem.Accepted<RemoteRecord> item = item(ResourceType.CYBER_SYSTEM,
                "{\"id\": \"cs_1\", \"facility_id\": 17}");

        assertThat(item.record().relations().facilityId()).isEqualTo("17");
        assertThat(item.drift()).containsExactly(new FieldDrift("facility_id", "string", "number"));
    }

    @Test
    void aMissingOrNullNameIsNull() {
        assertThat(accepted(ResourceType.FACILITY, "{\"id\": \"f\"}").name()).isNull();
        assertThat(accepted(ResourceType.FACILITY, "{\"id\": \"f\", \"name\": null, \"title\": \"t\"}").name())
                .isEqualTo("t");
        assertThat(accepted(ResourceType.CYBER_ASSET, "{\"id\": \"a\", \"title\": \"by title\"}").name())
                .isEqualTo("by title");
    }

    static ListItem.Accepted<RemoteRecord> item(ResourceType type, String json) {
        ListItem<RemoteRecord> item = RecordReader.of(type).item(0, tree(json));
        assertThat(item).isInstanceOf(ListItem.Accepted.class);
        return (ListItem.Accepted<RemoteRecord>) item;
    }

    private static RemoteRecord accepted(ResourceType type, String json) {
        return item(type, json).record();
    }
}
