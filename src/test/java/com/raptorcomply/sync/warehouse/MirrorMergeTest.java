package com.raptorcomply.sync.warehouse;

import com.raptorcomply.sync.client.KnownTexts;
import static com.raptorcomply.sync.client.ResourceType.CYBER_ASSET;
import static com.raptorcomply.sync.client.ResourceType.CYBER_SYSTEM;
import static com.raptorcomply.sync.warehouse.Records.JSON;
import static com.raptorcomply.sync.warehouse.Records.T1;
import static com.raptorcomply.sync.warehouse.Records.T2;
import static com.raptorcomply.sync.warehouse.Records.T3;
import static com.raptorcomply.sync.warehouse.Records.cyberAsset;
import static com.raptorcomply.sync.warehouse.Records.cyberAssetJson;
import static com.raptorcomply.sync.warehouse.Records.cyberSystem;
import static com.raptorcomply.sync.warehouse.Records.deletedUpstream;
import static com.raptorcomply.sync.warehouse.Records.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.raptorcomply.sync.client.ListItem;
import com.raptorcomply.sync.client.RemoteRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MirrorMergeTest {

    private static final Warehouse warehouse = Warehouse.migrated();

    private final RemoteRecord rtu = cyberAsset("ca_1", "RTU-01", "cs_1");
    private final RemoteRecord relay = cyberAsset("ca_2", "Relay-02", "cs_1");

    @BeforeEach
    void cleanSlate() {
        warehouse.truncate();
    }

    @Test
    void firstMergeCreatesRowsAndCreatedHistory() {
        var counts = warehouse.sync(1, CYBER_ASSET, T1, rtu, relay);

        assertThat(counts).isEqualTo(new MergeCounts(2, 0, 0, 0, 0, 0));
        assertThat(warehouse.history(CYBER_ASSET, "ca_1")).containsExactly("created");
        assertThat(warehouse.jdbc.sql("""
                SELECT name, cyber_system_id, asset_type, first_seen_at, last_seen_at, deleted_at
                  FROM raptor.cyber_asset WHERE id = 'ca_1'
                """).query().singleRow())
                .containsEntry("name", "RTU-01")
                .containsEntry("cyber_system_id", "cs_1")
                .containsEntry("asset_type", "hardware")
                .containsEntry("deleted_at", null);
        assertThat(timestamp("SELECT last_seen_at FROM raptor.cyber_asset WHERE id = 'ca_1'")).isEqualTo(T1);
    }

    @Test
    void mergeWithoutUpstreamChangeWritesNothing() {
        warehouse.sync(1, CYBER_ASSET, T1, rtu, relay);
        var before = rowVersions();

        var counts = warehouse.sync(2, CYBER_ASSET, T2, rtu, relay);

        assertThat(counts).isEqualTo(new MergeCounts(0, 0, 0, 0, 2, 0));
        assertThat(rowVersions()).isEqualTo(before);
        assertThat(warehouse.count("SELECT count(*) FROM raptor.cyber_asset_history WHERE run_id = 2")).isZero();
        assertThat(timestamp("SELECT max(last_seen_at) FROM raptor.cyber_asset")).isEqualTo(T1);
    }

    @Test
    void keyOrderAndWhitespaceOfTheInputAreNoChange() throws JsonProcessingException {
        warehouse.sync(1, CYBER_ASSET, T1, rtu);
        var reordered = cyberAsset((ObjectNode) JSON.readTree(
                "{ \"isDeleted\": false, \"impactLevel\": \"medium\", \"assetType\": \"hardware\","
                        + " \"cipAssetCategory\": \"bes_cyber_asset\", \"cyberSystemId\": \"cs_1\", \"count\": \"1\","
                        + " \"assetTag\": \"TAG-ca_1\", \"assetTitle\": \"RTU-01\", \"id\": \"ca_1\" }"));

        var counts = warehouse.sync(2, CYBER_ASSET, T2, reordered);

        assertThat(counts.unchanged()).isEqualTo(1);
        assertThat(counts.changes()).isZero();
    }

    @Test
    void changedPayloadIsAnUpdateThatRefreshesNameAndRelations() {
        warehouse.sync(1, CYBER_ASSET, T1, rtu, relay);
        var moved = cyberAsset(cyberAssetJson("ca_1", "RTU-01-renamed", "cs_9").put("assetType", "software"));

        var counts = warehouse.sync(2, CYBER_ASSET, T2, moved, relay);

        assertThat(counts).isEqualTo(new MergeCounts(0, 1, 0, 0, 1, 0));
        assertThat(warehouse.history(CYBER_ASSET, "ca_1")).containsExactly("created", "updated");
        assertThat(warehouse.history(CYBER_ASSET, "ca_2")).containsExactly("created");
        assertThat(warehouse.jdbc.sql("SELECT name, cyber_system_id, asset_type FROM raptor.cyber_asset WHERE id = 'ca_1'")
                .query().singleRow())
                .isEqualTo(Map.of("name", "RTU-01-renamed", "cyber_system_id", "cs_9", "asset_type", "software"));
        assertThat(timestamp("SELECT last_seen_at FROM raptor.cyber_asset WHERE id = 'ca_1'")).isEqualTo(T2);
        assertThat(timestamp("SELECT first_seen_at FROM raptor.cyber_asset WHERE id = 'ca_1'")).isEqualTo(T1);
    }

    @Test
    void recordAbsentFromTheListIsDeletedWithItsLastPayload() {
        warehouse.sync(1, CYBER_ASSET, T1, rtu, relay);

        var counts = warehouse.sync(2, CYBER_ASSET, T2, relay);

        assertThat(counts).isEqualTo(new MergeCounts(0, 0, 1, 0, 1, 0));
        assertThat(warehouse.history(CYBER_ASSET, "ca_1")).containsExactly("created", "deleted");
        assertThat(timestamp("SELECT deleted_at FROM raptor.cyber_asset WHERE id = 'ca_1'")).isEqualTo(T2);
        assertThat(timestamp("SELECT last_seen_at FROM raptor.cyber_asset WHERE id = 'ca_1'")).isEqualTo(T1);
        assertThat(json("SELECT payload::text FROM raptor.cyber_asset_history WHERE id = 'ca_1' AND change = 'deleted'"))
                .isEqualTo(rtu.raw());
    }

    @Test
    void recordMarkedIsDeletedIsDeletedWithTheNewPayload() {
        warehouse.sync(1, CYBER_ASSET, T1, rtu, relay);

        var counts = warehouse.sync(2, CYBER_ASSET, T2, deletedUpstream(rtu), relay);

        assertThat(counts).isEqualTo(new MergeCounts(0, 0, 1, 0, 1, 0));
        assertThat(warehouse.history(CYBER_ASSET, "ca_1")).containsExactly("created", "deleted");
        assertThat(json("SELECT payload::text FROM raptor.cyber_asset WHERE id = 'ca_1'").get("isDeleted").asBoolean())
                .isTrue();
        assertThat(timestamp("SELECT deleted_at FROM raptor.cyber_asset WHERE id = 'ca_1'")).isEqualTo(T2);
    }

    @Test
    void stillDeletedRecordsStayQuiet() {
        warehouse.sync(1, CYBER_ASSET, T1, rtu, relay);
        warehouse.sync(2, CYBER_ASSET, T2, deletedUpstream(rtu), relay);

        var counts = warehouse.sync(3, CYBER_ASSET, T3, deletedUpstream(rtu), relay);

        assertThat(counts).isEqualTo(new MergeCounts(0, 0, 0, 0, 2, 0));
        assertThat(timestamp("SELECT deleted_at FROM raptor.cyber_asset WHERE id = 'ca_1'")).isEqualTo(T2);
        assertThat(warehouse.history(CYBER_ASSET, "ca_1")).containsExactly("created", "deleted");
    }

    @Test
    void newRecordArrivingDeletedIsStoredDeleted() {
        var counts = warehouse.sync(1, CYBER_ASSET, T1, deletedUpstream(rtu), relay);

        assertThat(counts).isEqualTo(new MergeCounts(1, 0, 1, 0, 0, 0));
        assertThat(warehouse.history(CYBER_ASSET, "ca_1")).containsExactly("deleted");
        assertThat(timestamp("SELECT deleted_at FROM raptor.cyber_asset WHERE id = 'ca_1'")).isEqualTo(T1);
    }

    @Test
    void recordBackInTheListIsRestored() {
        warehouse.sync(1, CYBER_ASSET, T1, rtu, relay);
        warehouse.sync(2, CYBER_ASSET, T2, relay);

        var counts = warehouse.sync(3, CYBER_ASSET, T3, rtu, relay);

        assertThat(counts).isEqualTo(new MergeCounts(0, 0, 0, 1, 1, 0));
        assertThat(warehouse.history(CYBER_ASSET, "ca_1")).containsExactly("created", "deleted", "restored");
        assertThat(warehouse.count("SELECT count(*) FROM raptor.cyber_asset WHERE deleted_at IS NULL")).isEqualTo(2);
    }

    @Test
    void recordNoLongerMarkedIsDeletedIsRestored() {
        warehouse.sync(1, CYBER_ASSET, T1, deletedUpstream(rtu));

        var counts = warehouse.sync(2, CYBER_ASSET, T2, rtu);

        assertThat(counts.restored()).isEqualTo(1);
        assertThat(warehouse.history(CYBER_ASSET, "ca_1")).containsExactly("deleted", "restored");
    }

    @Test
    void mergingTheSameListTwiceInOneRunChangesNothingTheSecondTime() {
        var changed = with(rtu, "model", "X2");
        warehouse.sync(1, CYBER_ASSET, T1, rtu, relay);
        warehouse.sync(2, CYBER_ASSET, T2, changed);
        var before = rowVersions();

        var again = warehouse.sync(2, CYBER_ASSET, T2, changed);

        assertThat(again).isEqualTo(new MergeCounts(0, 0, 0, 0, 1, 0));
        assertThat(rowVersions()).isEqualTo(before);
        assertThat(warehouse.count("SELECT count(*) FROM raptor.cyber_asset_history WHERE run_id = 2")).isEqualTo(2);
    }

    @Test
    void stagedRowsAreRemovedAfterTheMerge() {
        warehouse.sync(1, CYBER_ASSET, T1, rtu, relay);

        assertThat(warehouse.count("SELECT count(*) FROM raptor.staging_record")).isZero();
    }

    @Test
    void payloadIsStoredAsReceived() throws JsonProcessingException {
        var odd = cyberAsset(cyberAssetJson("ca_3", "Ünïcödé \"quoted\" back\\slash ✓", "cs_1")
                .put("interconnection", "québec").putNull("physicalLocation").put("bigNumber", 12345678901234567L)
                .put("decimal", 1.50).put("note", "tab\tnew\nline 日本語 \uD83D\uDE80"));

        warehouse.sync(1, CYBER_ASSET, T1, odd);

        assertThat(json("SELECT payload::text FROM raptor.cyber_asset WHERE id = 'ca_3'")).isEqualTo(odd.raw());
        assertThat(warehouse.jdbc.sql("SELECT name FROM raptor.cyber_asset WHERE id = 'ca_3'").query(String.class).single())
                .isEqualTo("Ünïcödé \"quoted\" back\\slash ✓");
        assertThat(warehouse.sync(2, CYBER_ASSET, T2, odd).unchanged()).isEqualTo(1);
    }

    @Test
    void eachResourceMergesIntoItsOwnTableWithItsRelations() {
        var counts = warehouse.sync(1, CYBER_SYSTEM, T1, cyberSystem("cs_1", "EMS", "fac_1"));

        assertThat(counts.created()).isEqualTo(1);
        assertThat(warehouse.jdbc.sql("SELECT facility_id FROM raptor.cyber_system WHERE id = 'cs_1'")
                .query(String.class).single()).isEqualTo("fac_1");
        assertThat(warehouse.count("SELECT count(*) FROM raptor.cyber_asset")).isZero();
    }

    private List<String> rowVersions() {
        return warehouse.jdbc.sql("SELECT id || ':' || xmin::text FROM raptor.cyber_asset ORDER BY id")
                .query(String.class).list();
    }

    private static Instant timestamp(String sql) {
        return warehouse.jdbc.sql(sql).query(OffsetDateTime.class).single().toInstant();
    }

    private static JsonNode json(String sql) {
        try {
            return JSON.readTree(warehouse.jdbc.sql(sql).query(String.class).single());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aKnownRowWhoseElementWasRejectedIsKeptNotDeleted() {
        warehouse.sync(1, CYBER_ASSET, T1, rtu, relay);

        var counts = mergeWithRejection(2, "ca_2", rtu);

        assertThat(counts).isEqualTo(new MergeCounts(0, 0, 0, 0, 1, 1, 1, 0));
        assertThat(warehouse.count("SELECT count(*) FROM raptor.cyber_asset WHERE deleted_at IS NULL")).isEqualTo(2);
        assertThat(warehouse.history(CYBER_ASSET, "ca_2")).containsExactly("created");
    }

    @Test
    void aRejectionWithoutAUsableIdDefersEveryDeletionByAbsence() {
        var gone = cyberAsset("ca_3", "Gone-03", "cs_1");
        warehouse.sync(1, CYBER_ASSET, T1, rtu, relay, gone);

        var counts = mergeWithRejection(2, null, rtu, Records.deletedUpstream(relay));

        assertThat(counts).isEqualTo(new MergeCounts(0, 0, 1, 0, 1, 1, 0, 1));
        assertThat(warehouse.history(CYBER_ASSET, "ca_3")).containsExactly("created");
        assertThat(warehouse.history(CYBER_ASSET, "ca_2")).containsExactly("created", "deleted");
    }

    /** Stages {@code listed} and records one rejected element with {@code rejectedId}, then merges. */
    private static MergeCounts mergeWithRejection(long runId, String rejectedId, RemoteRecord... listed) {
        warehouse.runs.start(runId, false, null);
        warehouse.staging.write(runId, List.of(listed), KnownTexts.none());
        warehouse.rejections.record(runId, CYBER_ASSET, List.of(
                new ListItem.Rejected<>(5, rejectedId, "cyberSystemId", "expected a string id, found an object", null)));
        return warehouse.merge.merge(runId, CYBER_ASSET, T2, ShrinkPolicy.unlimited()).counts();
    }
}
