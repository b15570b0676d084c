package com.raptorcomply.sync.pull;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.testing.SyncFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An element over RCSYNC_MAX_ELEMENT_SIZE is rejected alone: recorded, its row kept, the rest stored. */
class OversizedElementTest {

    @Test
    void oversizedElementsAreRejectedWithIndexIdAndReasonAndTheRestIsStored() {
        try (var fixture = SyncFixture.start(Dialect.OPENAPI)) {
            var cli = fixture.cli().with("RCSYNC_MAX_ELEMENT_SIZE", "64KB");
            assertThat(cli.run("sync").exitCode()).isZero();
            var store = fixture.simulator().store();
            String grown = store.ids(ResourceType.CYBER_ASSET).get(5);
            String before = payload(fixture, grown);
            store.update(ResourceType.CYBER_ASSET, grown, asset -> asset.put("notes", "n".repeat(100_000)));
            String renamed = store.ids(ResourceType.CYBER_ASSET).get(7);
            store.update(ResourceType.CYBER_ASSET, renamed, asset -> asset.put("assetTitle", "RTU renamed"));
            String gone = store.ids(ResourceType.CYBER_ASSET).get(9);
            store.remove(ResourceType.CYBER_ASSET, gone);
            store.appendPadded(ResourceType.CYBER_ASSET, "{\"id\": \"ca-new-big\", \"notes\": \"", 70_000, "\"}");
            store.appendPadded(ResourceType.CYBER_ASSET, "{\"notes\": \"", 70_000, "\", \"id\": \"ca-hidden\"}");

            var result = cli.run("sync");

            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.out())
                    .contains("Rejected cyber_asset: element 5 (id " + grown + "): field '(element)': element of"
                            + " 98.5 KB, over RCSYNC_MAX_ELEMENT_SIZE=64KB")
                    .contains("Rejected cyber_asset: element 59 (id ca-new-big): field '(element)': element of 68.4 KB")
                    .contains("Rejected cyber_asset: element 60: field '(element)': element of 68.4 KB")
                    .contains("Kept 1 cyber assets as they were")
                    .contains("Deletions deferred for cyber assets: 1 missing from the list");
            assertThat(payload(fixture, grown)).isEqualTo(before);
            assertThat(fixture.jdbc().sql("select payload->>'assetTitle' from raptor.cyber_asset where id = :id")
                    .param("id", renamed).query(String.class).single()).isEqualTo("RTU renamed");
            assertThat(fixture.count("cyber_asset where deleted_at is not null")).isZero();
            assertThat(fixture.count("cyber_asset where id = 'ca-new-big'")).isZero();
            List<Map<String, Object>> rejections = fixture.jdbc().sql("select element_index, record_id, field,"
                    + " payload from raptor.sync_run_rejection order by element_index").query().listOfRows();
            assertThat(rejections).extracting(row -> row.get("element_index"), row -> row.get("record_id"),
                    row -> row.get("field"), row -> row.get("payload")).containsExactly(
                    tuple(5, grown, "(element)", null),
                    tuple(59, "ca-new-big", "(element)", null),
                    tuple(60, null, "(element)", null));
        }
    }

    private static String payload(SyncFixture fixture, String id) {
        return fixture.jdbc().sql("select payload::text from raptor.cyber_asset where id = :id").param("id", id)
                .query(String.class).single();
    }
}
