package com.raptorcomply.sync.warehouse;

import static com.raptorcomply.sync.client.ResourceType.CYBER_ASSET;
import static com.raptorcomply.sync.warehouse.Records.T1;
import static com.raptorcomply.sync.warehouse.Records.T2;
import static com.raptorcomply.sync.warehouse.Records.T3;
import static com.raptorcomply.sync.warehouse.Records.cyberAsset;
import static com.raptorcomply.sync.warehouse.Records.cyberAssetJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.raptorcomply.sync.client.RemoteRecord;
import com.raptorcomply.sync.client.TextHash;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A record listed in the text its live mirror row was last merged from is staged without its payload: the mirror
 * holds it. These tests pin down when a row may be staged so, that the merge still gets every change right, and
 * that a list whose referenced text was written over since its pull is never merged but pulled again.
 */
class StagedByReferenceTest {

    private static final Warehouse warehouse = Warehouse.migrated();

    private final RemoteRecord rtu = cyberAsset("ca_1", "RTU-01", "cs_1");
    private final RemoteRecord relay = cyberAsset("ca_2", "Relay-02", "cs_1");

    @BeforeEach
    void cleanSlate() {
        warehouse.truncate();
    }

    @Test
    void onlyARecordInTheTextItsLiveMirrorRowHoldsIsStagedWithoutItsPayload() {
        warehouse.sync(1, CYBER_ASSET, T1, rtu, relay);
        var renamed = cyberAsset("ca_2", "Relay-02b", "cs_1");
        var fresh = cyberAsset("ca_3", "Meter-03", "cs_1");

        stage(2, rtu, renamed, fresh);

        assertThat(staged()).containsExactly("ca_1:by reference", "ca_2:with payload", "ca_3:with payload");
        var counts = finishAndMerge(2, T2);
        assertThat(counts.unchanged()).isEqualTo(1);
        assertThat(counts.updated()).isEqualTo(1);
        assertThat(counts.created()).isEqualTo(1);
        assertThat(warehouse.jdbc.sql("SELECT payload->>'assetTitle' FROM raptor.cyber_asset ORDER BY id")
                .query(String.class).list()).containsExactly("RTU-01", "Relay-02b", "Meter-03");
        assertThat(warehouse.history(CYBER_ASSET, "ca_1")).containsExactly("created");
    }

    @Test
    void theHashThePullComputesIsTheHashOfTheTextItStages() {
        var tricky = cyberAssetJson("ca_1", "Ünïcode ✓ \"quoted\" back\\slash\ttab\nline 𝄞", "cs_1");

        stage(1, cyberAsset(tricky));

        var staged = warehouse.jdbc.sql("SELECT payload, text_hash FROM raptor.staging_record").query().singleRow();
        assertThat(staged.get("text_hash")).isEqualTo(TextHash.of((String) staged.get("payload")));
    }

    @Test
    void aRowDeletedInTheMirrorIsStagedWithItsPayloadAndRestored() {
        warehouse.sync(1, CYBER_ASSET, T1, rtu);
        warehouse.sync(2, CYBER_ASSET, T2, relay);

        stage(3, rtu, relay);

        assertThat(staged()).containsExactly("ca_1:with payload", "ca_2:by reference");
        assertThat(finishAndMerge(3, T3).restored()).isEqualTo(1);
        assertThat(warehouse.history(CYBER_ASSET, "ca_1")).containsExactly("created", "deleted", "restored");
    }

    @Test
    void aListWhoseReferencedTextWasWrittenOverSinceItsPullIsNeverMerged() {
        warehouse.sync(1, CYBER_ASSET, T1, rtu);
        stage(2, rtu);
        warehouse.lists.finish(2, CYBER_ASSET, duplicate -> { });
        // a push answered between the pull and the merge: new payload, the text it came from forgotten
        warehouse.jdbc.sql("UPDATE raptor.cyber_asset SET payload = CAST(:payload AS jsonb), received_hash = NULL")
                .param("payload", cyberAssetJson("ca_1", "RTU-01-pushed", "cs_1").toString()).update();
        warehouse.jdbc.sql("INSERT INTO raptor.cyber_asset_history (id, change, payload, observed_at, run_id, source)"
                + " SELECT id, 'updated', payload, now(), 1, 'push' FROM raptor.cyber_asset").update();

        assertThatThrownBy(() -> warehouse.merge.merge(2, CYBER_ASSET, T2, ShrinkPolicy.unlimited()))
                .isInstanceOf(StaleListException.class)
                .hasMessage("cyber assets: 1 records were staged by reference to text the mirror no longer holds"
                        + " (it was written since the pull)");
        assertThat(warehouse.jdbc.sql("SELECT payload->>'assetTitle' FROM raptor.cyber_asset").query(String.class)
                .single()).isEqualTo("RTU-01-pushed");
        assertThat(warehouse.history(CYBER_ASSET, "ca_1")).containsExactly("created", "updated");
    }

    @Test
    void aDuplicateStagedByReferenceIsRejectedWithThePayloadTheMirrorHolds() {
        warehouse.sync(1, CYBER_ASSET, T1, rtu);
        stage(2, cyberAsset("ca_1", "RTU-01 first", "cs_1"), rtu);

        warehouse.lists.finish(2, CYBER_ASSET, duplicate -> { });

        List<Map<String, Object>> rejected = warehouse.jdbc.sql("""
                SELECT record_id, reason, payload->>'assetTitle' AS title FROM raptor.sync_run_rejection
                """).query().listOfRows();
        assertThat(rejected).singleElement().satisfies(row -> {
            assertThat(row.get("record_id")).isEqualTo("ca_1");
            assertThat(row.get("reason")).isEqualTo(StagingWriter.DUPLICATE_REASON);
            assertThat(row.get("title")).isEqualTo("RTU-01");
        });
    }

    @Test
    void theMirrorsTextsAreKnownByIdAndHashTogetherAndOnlyForLiveRows() {
        warehouse.sync(1, CYBER_ASSET, T1, rtu, relay);
        warehouse.sync(2, CYBER_ASSET, T2, rtu);
        String rtuHash = TextHash.of(rtu.raw().toString());
        String relayHash = TextHash.of(relay.raw().toString());

        var known = warehouse.mirrorTexts.load(CYBER_ASSET);

        assertThat(known.size()).as("the deleted relay is not known").isEqualTo(1);
        assertThat(known.holds("ca_1", rtuHash)).isTrue();
        assertThat(known.holds("ca_1", relayHash)).isFalse();
        assertThat(known.holds("ca_2", relayHash)).isFalse();
        assertThat(known.holds("ca_2", rtuHash)).isFalse();
    }

    @Test
    void aMirrorWithMoreRowsThanItsFingerprintsMayTakeIsNotReadAndEveryRecordComesWithItsPayload() {
        warehouse.sync(1, CYBER_ASSET, T1, rtu, relay);
        var capped = warehouse.mirrorTexts.withMaxRows(1);

        assertThat(capped.load(CYBER_ASSET).size()).isZero();
        assertThat(warehouse.mirrorTexts.withMaxRows(2).load(CYBER_ASSET).size()).as("as many as it may take")
                .isEqualTo(2);
        assertThat(warehouse.mirrorTexts.load(CYBER_ASSET).size()).isEqualTo(2);
    }

    @Test
    void aMirrorOfMoreRowsThanTheFirstArrayHoldsIsKnownWhole() {
        RemoteRecord[] many = IntStream.range(0, 10_000)
                .mapToObj(i -> cyberAsset("ca_%05d".formatted(i), "RTU-" + i, "cs_1"))
                .toArray(RemoteRecord[]::new);
        warehouse.sync(1, CYBER_ASSET, T1, many);

        var known = warehouse.mirrorTexts.load(CYBER_ASSET);

        assertThat(known.size()).isEqualTo(10_000);
        assertThat(warehouse.mirrorTexts.withMaxRows(9_999).load(CYBER_ASSET).size()).isZero();
    }

    private static void stage(long runId, RemoteRecord... records) {
        warehouse.runs.start(runId, false, null);
        warehouse.staging.clear(runId, CYBER_ASSET);
        warehouse.staging.write(runId, List.of(records), warehouse.mirrorTexts.load(CYBER_ASSET));
    }

    private static MergeCounts finishAndMerge(long runId, Instant observedAt) {
        warehouse.lists.finish(runId, CYBER_ASSET, duplicate -> { });
        return warehouse.merge.merge(runId, CYBER_ASSET, observedAt, ShrinkPolicy.unlimited()).counts();
    }

    private static List<String> staged() {
        return warehouse.jdbc.sql("""
                SELECT id || ':' || CASE WHEN payload IS NULL THEN 'by reference' ELSE 'with payload' END
                  FROM raptor.staging_record ORDER BY seq
                """).query(String.class).list();
    }
}
