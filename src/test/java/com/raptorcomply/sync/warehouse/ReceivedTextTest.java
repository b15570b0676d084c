package com.raptorcomply.sync.warehouse;

import static com.raptorcomply.sync.client.ResourceType.CYBER_ASSET;
import static com.raptorcomply.sync.warehouse.Records.JSON;
import static com.raptorcomply.sync.warehouse.Records.T1;
import static com.raptorcomply.sync.warehouse.Records.T2;
import static com.raptorcomply.sync.warehouse.Records.T3;
import static com.raptorcomply.sync.warehouse.Records.cyberAsset;
import static com.raptorcomply.sync.warehouse.Records.cyberAssetJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.raptorcomply.sync.client.RemoteRecord;
import com.raptorcomply.sync.client.TextHash;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The merge's shortcut: a mirror row remembers the hash of the text it was merged from ({@code received_hash}), and
 * the same text again is unchanged without being parsed. These tests pin down when the shortcut must not be taken.
 */
class ReceivedTextTest {

    private static final Warehouse warehouse = Warehouse.migrated();

    private final RemoteRecord rtu = cyberAsset("ca_1", "RTU-01", "cs_1");

    @BeforeEach
    void cleanSlate() {
        warehouse.truncate();
    }

    @Test
    void aRowRemembersTheHashOfTheTextItWasMergedFrom() {
        warehouse.sync(1, CYBER_ASSET, T1, rtu);

        assertThat(receivedHash()).isEqualTo(TextHash.of(rtu.raw().toString()));
    }

    @Test
    void sameMeaningInOtherTextIsNoChangeAndItsHashIsRememberedForTheNextRun() throws JsonProcessingException {
        warehouse.sync(1, CYBER_ASSET, T1, rtu);
        var reordered = reordered(rtu);

        var counts = warehouse.sync(2, CYBER_ASSET, T2, reordered);

        assertThat(counts.changes()).isZero();
        assertThat(counts.unchanged()).isEqualTo(1);
        assertThat(warehouse.history(CYBER_ASSET, "ca_1")).containsExactly("created");
        assertThat(receivedHash()).isEqualTo(TextHash.of(reordered.raw().toString()))
                .isNotEqualTo(TextHash.of(rtu.raw().toString()));
        String version = rowVersion();

        warehouse.sync(3, CYBER_ASSET, T3, reordered);

        assertThat(rowVersion()).as("the same text again: the row is not even rewritten").isEqualTo(version);
    }

    @Test
    void aRowWrittenElsewhereIsComparedByPayloadEvenWhenTheListRepeatsTheTextItWasOnceMergedFrom() {
        warehouse.sync(1, CYBER_ASSET, T1, rtu);
        // what a push does when the API answers an update: the payload changes, the remembered text is forgotten
        warehouse.jdbc.sql("UPDATE raptor.cyber_asset SET payload = CAST(:payload AS jsonb), received_hash = NULL")
                .param("payload", cyberAssetJson("ca_1", "RTU-01-pushed", "cs_1").toString()).update();
        warehouse.jdbc.sql("INSERT INTO raptor.cyber_asset_history (id, change, payload, observed_at, run_id, source)"
                + " SELECT id, 'updated', payload, now(), 1, 'push' FROM raptor.cyber_asset").update();

        var counts = warehouse.sync(2, CYBER_ASSET, T2, rtu);

        assertThat(counts.updated()).isEqualTo(1);
        assertThat(warehouse.history(CYBER_ASSET, "ca_1")).containsExactly("created", "updated", "updated");
        assertThat(warehouse.jdbc.sql("SELECT payload->>'assetTitle' FROM raptor.cyber_asset").query(String.class)
                .single()).isEqualTo("RTU-01");
        assertThat(receivedHash()).isEqualTo(TextHash.of(rtu.raw().toString()));
    }

    @Test
    void aDeletedRowListedAgainInTheSameTextIsRestored() {
        warehouse.sync(1, CYBER_ASSET, T1, rtu);
        warehouse.sync(2, CYBER_ASSET, T2, cyberAsset("ca_2", "Relay-02", "cs_1"));

        var counts = warehouse.sync(3, CYBER_ASSET, T3, rtu);

        assertThat(counts.restored()).isEqualTo(1);
        assertThat(warehouse.history(CYBER_ASSET, "ca_1")).containsExactly("created", "deleted", "restored");
        assertThat(warehouse.count("SELECT count(*) FROM raptor.cyber_asset WHERE id = 'ca_1' AND deleted_at IS NULL"))
                .isEqualTo(1);
    }

    @Test
    void aRowFromBeforeTheHashWasKeptIsComparedByPayloadOnce() {
        warehouse.sync(1, CYBER_ASSET, T1, rtu);
        // the state V15 and V16 leave: no text remembered, no list remembered
        warehouse.jdbc.sql("UPDATE raptor.cyber_asset SET received_hash = NULL").update();
        warehouse.jdbc.sql("DELETE FROM raptor.merged_list").update();

        var counts = warehouse.sync(2, CYBER_ASSET, T2, rtu);

        assertThat(counts.changes()).isZero();
        assertThat(receivedHash()).isEqualTo(TextHash.of(rtu.raw().toString()));
    }

    private static RemoteRecord reordered(RemoteRecord record) throws JsonProcessingException {
        var fields = List.copyOf(record.raw().properties());
        ObjectNode json = JSON.createObjectNode();
        for (int i = fields.size() - 1; i >= 0; i--) {
            json.set(fields.get(i).getKey(), fields.get(i).getValue());
        }
        return cyberAsset(json);
    }

    private static String receivedHash() {
        return warehouse.jdbc.sql("SELECT received_hash FROM raptor.cyber_asset WHERE id = 'ca_1'")
                .query(String.class).single();
    }

    private static String rowVersion() {
        return warehouse.jdbc.sql("SELECT xmin::text FROM raptor.cyber_asset WHERE id = 'ca_1'")
                .query(String.class).single();
    }

}
