package com.raptorcomply.sync.warehouse;

import static com.raptorcomply.sync.client.ResourceType.CYBER_ASSET;
import static com.raptorcomply.sync.warehouse.Records.T1;
import static com.raptorcomply.sync.warehouse.Records.T2;
import static com.raptorcomply.sync.warehouse.Records.cyberAsset;
import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.client.RemoteRecord;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ShrinkGuardTest {

    private static final Warehouse warehouse = Warehouse.migrated();

    private final List<RemoteRecord> tenAssets = IntStream.rangeClosed(1, 10)
            .mapToObj(i -> cyberAsset("ca_" + i, "Asset " + i, "cs_1")).toList();

    @BeforeEach
    void tenLiveAssets() {
        warehouse.truncate();
        warehouse.sync(1, CYBER_ASSET, T1, ShrinkPolicy.limit(50), tenAssets);
    }

    @Test
    void listThatLostMoreThanTheLimitChangesNothing() {
        var shrunk = List.of(tenAssets.get(0), tenAssets.get(1), cyberAsset("ca_new", "New", "cs_1"));

        var result = warehouse.sync(2, CYBER_ASSET, T2, ShrinkPolicy.limit(50), shrunk);

        assertThat(result.shrinkBlocked()).isTrue();
        assertThat(result.shrink()).isEqualTo(new ShrinkCheck(10, 3, 8, 0, 50, true));
        assertThat(result.shrink().describe()).isEqualTo("list would delete 8 of 10 live rows (8 missing, 0 flagged isDeleted; 80.0% > 50%)");
        assertThat(result.counts()).isEqualTo(MergeCounts.NONE);
        assertThat(warehouse.count("SELECT count(*) FROM raptor.cyber_asset WHERE deleted_at IS NULL")).isEqualTo(10);
        assertThat(warehouse.count("SELECT count(*) FROM raptor.cyber_asset_history WHERE run_id = 2")).isZero();
    }

    @Test
    void emptyListIsBlocked() {
        var result = warehouse.sync(2, CYBER_ASSET, T2, ShrinkPolicy.limit(50), List.of());

        assertThat(result.shrinkBlocked()).isTrue();
        assertThat(result.shrink().lostPercent()).isEqualTo(100.0);
    }

    @Test
    void allowShrinkAppliesTheDeletions() {
        var shrunk = tenAssets.subList(0, 2);
        warehouse.sync(2, CYBER_ASSET, T2, ShrinkPolicy.limit(50), shrunk);

        var result = warehouse.merge.merge(2, CYBER_ASSET, T2, new ShrinkPolicy(50, true));

        assertThat(result.shrinkBlocked()).isFalse();
        assertThat(result.shrink().exceeded()).isTrue();
        assertThat(result.counts()).isEqualTo(new MergeCounts(0, 0, 8, 0, 2, 0));
        assertThat(warehouse.count("SELECT count(*) FROM raptor.cyber_asset WHERE deleted_at IS NULL")).isEqualTo(2);
    }

    @Test
    void lossUpToTheLimitIsApplied() {
        var result = warehouse.sync(2, CYBER_ASSET, T2, ShrinkPolicy.limit(50), tenAssets.subList(0, 5));

        assertThat(result.shrinkBlocked()).isFalse();
        assertThat(result.counts().deleted()).isEqualTo(5);
    }

    @Test
    void recordsFlaggedDeletedCountAsALossLikeMissingOnes() {
        var allDeleted = tenAssets.stream().map(Records::deletedUpstream).toList();

        var result = warehouse.sync(2, CYBER_ASSET, T2, ShrinkPolicy.limit(50), allDeleted);

        assertThat(result.shrinkBlocked()).isTrue();
        assertThat(result.shrink()).isEqualTo(new ShrinkCheck(10, 10, 0, 10, 50, true));
        assertThat(warehouse.count("SELECT count(*) FROM raptor.cyber_asset WHERE deleted_at IS NULL")).isEqualTo(10);
    }

    @Test
    void someRecordsFlaggedDeletedWithinTheLimitAreApplied() {
        var list = new java.util.ArrayList<>(tenAssets);
        list.replaceAll(asset -> asset.id().equals("ca_1") ? Records.deletedUpstream(asset) : asset);

        var result = warehouse.sync(2, CYBER_ASSET, T2, ShrinkPolicy.limit(50), list);

        assertThat(result.shrinkBlocked()).isFalse();
        assertThat(result.counts().deleted()).isEqualTo(1);
    }

    @Test
    void emptyMirrorIsNeverBlocked() {
        warehouse.truncate();

        var result = warehouse.sync(3, CYBER_ASSET, T2, ShrinkPolicy.limit(0), List.of());

        assertThat(result.shrinkBlocked()).isFalse();
        assertThat(result.shrink().liveRows()).isZero();
    }
}
