package com.raptorcomply.sync.warehouse;

import com.raptorcomply.sync.client.KnownTexts;
import static com.raptorcomply.sync.client.ResourceType.CYBER_ASSET;
import static com.raptorcomply.sync.client.ResourceType.FACILITY;
import static com.raptorcomply.sync.warehouse.Records.JSON;
import static com.raptorcomply.sync.warehouse.Records.T1;
import static com.raptorcomply.sync.warehouse.Records.cyberAsset;
import static com.raptorcomply.sync.warehouse.Records.facility;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.raptorcomply.sync.client.FieldDrift;
import com.raptorcomply.sync.client.ListItem;
import com.raptorcomply.sync.client.RemoteRecord;
import com.raptorcomply.sync.client.ResourceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StagingWriterTest {

    private static final Warehouse warehouse = Warehouse.migrated();

    @BeforeEach
    void runOneStarted() {
        warehouse.truncate();
        warehouse.runs.start(1, false, null);
    }

    @Test
    void duplicateIdInOneChunkIsRejectedAndTheFirstOneKept() {
        var first = cyberAsset("ca_1", "First", "cs_1");
        var second = cyberAsset("ca_1", "Second", "cs_1");
        warehouse.staging.writeItems(1, CYBER_ASSET, List.of(accepted(0, first), accepted(1, second)),
                KnownTexts.none());

        var duplicates = finish(CYBER_ASSET);

        assertThat(duplicates).singleElement().satisfies(rejected -> {
            assertThat(rejected.index()).isEqualTo(1);
            assertThat(rejected.id()).isEqualTo("ca_1");
            assertThat(rejected.field()).isEqualTo("id");
            assertThat(rejected.reason()).isEqualTo("duplicate id in one list");
        });
        assertThat(warehouse.jdbc.sql("SELECT name FROM raptor.staging_record").query(String.class).list())
                .containsExactly("First");
        assertThat(rejectionRow()).containsEntry("element_index", 1).containsEntry("record_id", "ca_1")
                .containsEntry("field", "id").containsEntry("reason", "duplicate id in one list");
    }

    @Test
    void duplicateIdAcrossChunksIsRejected() {
        warehouse.staging.write(1, List.of(cyberAsset("ca_1", "First", "cs_1")), KnownTexts.none());
        warehouse.staging.write(1, List.of(cyberAsset("ca_1", "Again", "cs_1")), KnownTexts.none());

        var duplicates = finish(CYBER_ASSET);

        assertThat(duplicates).extracting(ListItem.Rejected::index).containsExactly(-1);
        assertThat(rejectionRow()).containsEntry("element_index", null);
        assertThat(warehouse.jdbc.sql("SELECT name FROM raptor.staging_record").query(String.class).list())
                .containsExactly("First");
    }

    @Test
    void theFirstOfManyDuplicatesInListOrderIsKeptAndTheRestRejectedWithTheirPayload() {
        var items = new ArrayList<ListItem<?>>();
        for (int i = 0; i < 5; i++) {
            items.add(accepted(i, cyberAsset(i % 2 == 0 ? "ca_even" : "ca_odd", "Name-" + i, "cs_1")));
        }
        warehouse.staging.writeItems(1, CYBER_ASSET, items.subList(0, 3), KnownTexts.none());
        warehouse.staging.writeItems(1, CYBER_ASSET, items.subList(3, 5), KnownTexts.none());

        var duplicates = finish(CYBER_ASSET);

        assertThat(duplicates).extracting(ListItem.Rejected::index).containsExactly(2, 3, 4);
        assertThat(warehouse.jdbc.sql("SELECT name FROM raptor.staging_record ORDER BY id").query(String.class).list())
                .containsExactly("Name-0", "Name-1");
        assertThat(warehouse.jdbc.sql("SELECT payload->>'assetTitle' FROM raptor.sync_run_rejection"
                + " ORDER BY element_index").query(String.class).list()).containsExactly("Name-2", "Name-3", "Name-4");
        assertThat(warehouse.count("SELECT staged_rows FROM raptor.staging_list")).isEqualTo(2);
    }

    @Test
    void valuesThatCopyTextFormatEscapesAreStagedAsReceived() {
        var tricky = cyberAsset("ca_\\N\t", "tab\there, line\nbreak \\ back\r", "cs\\1");
        warehouse.staging.write(1, List.of(tricky), KnownTexts.none());

        assertThat(warehouse.jdbc.sql("SELECT id, name, cyber_system_id, payload = :raw"
                        + " AS same FROM raptor.staging_record").param("raw", tricky.raw().toString()).query().singleRow())
                .containsEntry("id", tricky.id()).containsEntry("name", tricky.name())
                .containsEntry("cyber_system_id", tricky.relations().cyberSystemId()).containsEntry("same", true);
    }

    @Test
    void aRejectionOfWhatPostgresCannotStoreIsRecordedWithItsIdEscapedAndShortened() {
        List<ListItem<?>> chunk = List.of(accepted(0, cyberAsset("ca_1", "Fine", "cs_1")),
                new ListItem.Rejected<>(1, "ca_\u0000x", "name", "contains a NUL character", null),
                new ListItem.Rejected<>(2, "y".repeat(300), "id", "longer than 255 characters (300)", null));

        warehouse.staging.writeItems(1, CYBER_ASSET, chunk, KnownTexts.none());

        assertThat(warehouse.jdbc.sql("SELECT record_id FROM raptor.sync_run_rejection ORDER BY element_index")
                .query(String.class).list())
                .containsExactly("ca_\\u0000x", "y".repeat(40) + "... (300 characters)");
        assertThat(warehouse.jdbc.sql("SELECT id FROM raptor.staging_record").query(String.class).list())
                .containsExactly("ca_1");
    }

    @Test
    void typeDriftIsCountedPerFieldAcrossChunks() {
        var drift = List.of(new FieldDrift("inService", "boolean", "string"));
        warehouse.staging.writeItems(1, CYBER_ASSET, List.of(
                new ListItem.Accepted<>(0, cyberAsset("ca_1", "A", "cs_1"), drift),
                new ListItem.Accepted<>(1, cyberAsset("ca_2", "B", "cs_1"), drift)), KnownTexts.none());
        warehouse.staging.writeItems(1, CYBER_ASSET, List.of(
                new ListItem.Accepted<>(2, cyberAsset("ca_3", "C", "cs_1"), drift)), KnownTexts.none());

        assertThat(warehouse.drift.describe(1, null)).containsExactly("cyber_asset: field 'inService': expected"
                + " boolean, found string in 3 records (e.g. id ca_1); kept as received");

        warehouse.staging.clear(1, CYBER_ASSET);

        assertThat(warehouse.drift.describe(1, CYBER_ASSET)).isEmpty();
    }

    @Test
    void rejectedItemsAreLoggedAndCountedByTheMerge() {
        var broken = JSON.createObjectNode().put("assetTitle", "no id");
        List<ListItem<?>> chunk = List.of(accepted(0, cyberAsset("ca_1", "Fine", "cs_1")),
                new ListItem.Rejected<>(1, null, "id", "missing", broken));

        warehouse.staging.writeItems(1, CYBER_ASSET, chunk, KnownTexts.none());
        var counts = warehouse.merge.merge(1, CYBER_ASSET, T1, ShrinkPolicy.limit(50)).counts();

        assertThat(counts).isEqualTo(new MergeCounts(1, 0, 0, 0, 0, 1));
        assertThat(rejectionRow()).containsEntry("record_id", null).containsEntry("reason", "missing");
    }

    @Test
    void clearMakesRestagingIdempotent() {
        var asset = cyberAsset("ca_1", "Fine", "cs_1");
        warehouse.staging.writeItems(1, CYBER_ASSET, List.of(accepted(0, asset), accepted(1, asset)),
                KnownTexts.none());

        warehouse.staging.clear(1, CYBER_ASSET);
        warehouse.staging.writeItems(1, CYBER_ASSET, List.of(accepted(0, asset)), KnownTexts.none());
        var duplicates = finish(CYBER_ASSET);

        assertThat(duplicates).isEmpty();
        assertThat(warehouse.count("SELECT count(*) FROM raptor.staging_record")).isEqualTo(1);
        assertThat(warehouse.count("SELECT count(*) FROM raptor.sync_run_rejection")).isZero();
    }

    @Test
    void clearLeavesOtherListsAlone() {
        warehouse.staging.write(1, List.of(facility("fac_1", "Plant")), KnownTexts.none());
        warehouse.staging.write(1, List.of(cyberAsset("ca_1", "Fine", "cs_1")), KnownTexts.none());

        warehouse.staging.clear(1, CYBER_ASSET);

        assertThat(warehouse.jdbc.sql("SELECT resource FROM raptor.staging_record").query(String.class).list())
                .containsExactly(FACILITY.table());
    }

    @Test
    void recordOfAnotherResourceIsRefused() {
        var chunk = List.<ListItem<?>>of(accepted(0, facility("fac_1", "Plant")));

        assertThatThrownBy(() -> warehouse.staging.writeItems(1, CYBER_ASSET, chunk, KnownTexts.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fac_1");
    }

    private static ListItem.Accepted<RemoteRecord> accepted(int index, RemoteRecord record) {
        return new ListItem.Accepted<>(index, record);
    }

    private static List<ListItem.Rejected<?>> finish(ResourceType type) {
        var duplicates = new ArrayList<ListItem.Rejected<?>>();
        warehouse.lists.finish(1, type, duplicates::add);
        return duplicates;
    }

    private static Map<String, Object> rejectionRow() {
        return warehouse.jdbc.sql("SELECT element_index, record_id, field, reason FROM raptor.sync_run_rejection")
                .query().singleRow();
    }
}
