package com.raptorcomply.sync.warehouse;

import static com.raptorcomply.sync.client.ResourceType.CYBER_ASSET;
import static com.raptorcomply.sync.warehouse.Records.T1;
import static com.raptorcomply.sync.warehouse.Records.T2;
import static com.raptorcomply.sync.warehouse.Records.cyberAsset;
import static com.raptorcomply.sync.warehouse.Records.cyberAssetJson;
import static com.raptorcomply.sync.warehouse.Records.deletedUpstream;
import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.client.KnownTexts;
import com.raptorcomply.sync.client.RemoteRecord;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The merge skips a list that is the one last merged while nothing wrote the mirror since. Whether a list was
 * compared shows in a bookkeeping column a comparison rewrites: each test first clears the rows'
 * {@code received_hash} without a history row (nothing else writes the mirror that way), and a skipped list leaves
 * it cleared.
 */
class MergedListTest {

    private static final Warehouse warehouse = Warehouse.migrated();

    private final RemoteRecord rtu = cyberAsset("ca_1", "RTU-01", "cs_1");
    private final RemoteRecord relay = cyberAsset("ca_2", "Relay-02", "cs_1");

    @BeforeEach
    void cleanSlate() {
        warehouse.truncate();
    }

    @Test
    void theListLastMergedIsUnchangedWithoutBeingCompared() {
        warehouse.sync(1, CYBER_ASSET, T1, rtu, relay);
        forgetReceivedText();

        var counts = warehouse.sync(2, CYBER_ASSET, T2, rtu, relay);

        assertThat(counts).isEqualTo(new MergeCounts(0, 0, 0, 0, 2, 0));
        assertThat(compared()).isFalse();
        assertThat(warehouse.count("SELECT count(*) FROM raptor.staging_record")).isZero();
        assertThat(warehouse.count("SELECT run_id FROM raptor.merged_list WHERE resource = 'cyber_asset'")).isEqualTo(2);
    }

    @Test
    void aSkippedListsLiveRowsAreItsRowsNotFlaggedDeletedAsTheLastMergeLeftThem() {
        var gone = deletedUpstream(cyberAsset("ca_3", "Meter-03", "cs_1"));
        warehouse.sync(1, CYBER_ASSET, T1, rtu, relay, gone);
        forgetReceivedText();

        var result = warehouse.sync(2, CYBER_ASSET, T2, ShrinkPolicy.limit(50), List.of(rtu, relay, gone));

        assertThat(compared()).isFalse();
        assertThat(result.shrink()).isEqualTo(new ShrinkCheck(2, 3, 0, 0, 50, false));
        assertThat(warehouse.count("SELECT count(*) FROM raptor.cyber_asset WHERE deleted_at IS NULL")).isEqualTo(2);
    }

    @Test
    void anotherListIsCompared() {
        warehouse.sync(1, CYBER_ASSET, T1, rtu, relay);
        forgetReceivedText();

        var counts = warehouse.sync(2, CYBER_ASSET, T2, relay, rtu);

        assertThat(counts.unchanged()).isEqualTo(2);
        assertThat(compared()).as("the same records in another order are another list").isTrue();
    }

    @Test
    void theSameListIsComparedWhenTheMirrorWasWrittenSince() {
        warehouse.sync(1, CYBER_ASSET, T1, rtu, relay);
        // a push updated ca_1: its payload and a history row, as PushMirror writes them
        warehouse.jdbc.sql("UPDATE raptor.cyber_asset SET payload = CAST(:payload AS jsonb), received_hash = NULL"
                        + " WHERE id = 'ca_1'")
                .param("payload", cyberAssetJson("ca_1", "RTU-01-pushed", "cs_1").toString()).update();
        warehouse.jdbc.sql("INSERT INTO raptor.cyber_asset_history (id, change, payload, observed_at, run_id, source)"
                + " SELECT id, 'updated', payload, now(), 1, 'push' FROM raptor.cyber_asset WHERE id = 'ca_1'").update();

        var counts = warehouse.sync(2, CYBER_ASSET, T2, rtu, relay);

        assertThat(counts.updated()).isEqualTo(1);
        assertThat(warehouse.jdbc.sql("SELECT payload->>'assetTitle' FROM raptor.cyber_asset WHERE id = 'ca_1'")
                .query(String.class).single()).isEqualTo("RTU-01");
    }

    @Test
    void aListWithARejectedElementIsComparedAndNotRemembered() {
        warehouse.sync(1, CYBER_ASSET, T1, rtu, relay);
        forgetReceivedText();

        // run 2 lists the same records plus an element rejected without an id: deletions are deferred, which a
        // skipped merge would not say; the rejected element is not staged, so the digest alone cannot tell
        warehouse.runs.start(2, false, null);
        warehouse.staging.clear(2, CYBER_ASSET);
        warehouse.staging.write(2, List.of(rtu, relay), KnownTexts.none());
        warehouse.lists.finish(2, CYBER_ASSET, duplicate -> { });
        warehouse.jdbc.sql("INSERT INTO raptor.sync_run_rejection (run_id, resource, element_index, field, reason)"
                + " VALUES (2, 'cyber_asset', 2, 'id', 'no id')").update();
        var counts = warehouse.merge.merge(2, CYBER_ASSET, T2, ShrinkPolicy.unlimited()).counts();

        assertThat(counts.rejected()).isEqualTo(1);
        assertThat(compared()).isTrue();
        assertThat(warehouse.count("SELECT count(*) FROM raptor.merged_list")).isZero();
    }

    @Test
    void aListWithDuplicateIdsIsNeverRemembered() {
        warehouse.sync(1, CYBER_ASSET, T1, rtu, relay, cyberAsset("ca_1", "RTU-01 again", "cs_1"));

        assertThat(warehouse.count("SELECT count(*) FROM raptor.sync_run_rejection")).isEqualTo(1);
        assertThat(warehouse.count("SELECT count(*) FROM raptor.merged_list")).isZero();
    }

    private static void forgetReceivedText() {
        warehouse.jdbc.sql("UPDATE raptor.cyber_asset SET received_hash = NULL").update();
    }

    private static boolean compared() {
        return warehouse.count("SELECT count(*) FROM raptor.cyber_asset WHERE received_hash IS NULL") == 0;
    }
}
