package com.raptorcomply.sync.warehouse;

import com.raptorcomply.sync.client.KnownTexts;
import static com.raptorcomply.sync.client.ResourceType.CONTROL_CENTER;
import static com.raptorcomply.sync.client.ResourceType.CYBER_ASSET;
import static com.raptorcomply.sync.client.ResourceType.CYBER_SYSTEM;
import static com.raptorcomply.sync.client.ResourceType.FACILITY;
import static com.raptorcomply.sync.warehouse.Records.controlCenter;
import static com.raptorcomply.sync.warehouse.Records.cyberAsset;
import static com.raptorcomply.sync.warehouse.Records.cyberAssetJson;
import static com.raptorcomply.sync.warehouse.Records.cyberSystem;
import static com.raptorcomply.sync.warehouse.Records.cyberSystemJson;
import static com.raptorcomply.sync.warehouse.Records.facility;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.raptorcomply.sync.client.KeySlot;
import com.raptorcomply.sync.client.RemoteRecord;
import com.raptorcomply.sync.client.ResourceType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The queries shipped for analysts in {@code sql/queries}, run against a warehouse two syncs old: 40 days ago
 * and yesterday.
 */
class AnalystQueriesTest {

    private static final Warehouse warehouse = Warehouse.migrated();
    private static final Instant LONG_AGO = Instant.now().minus(40, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    private static final Instant YESTERDAY = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    @BeforeAll
    static void twoSyncs() {
        warehouse.truncate();
        var facility = facility("fac_1", "South Plant");
        var center = controlCenter("cc_1", "West Ops");
        var plantScada = cyberSystem("cs_1", "Plant SCADA", "fac_1");
        var ems = cyberSystem(cyberSystemJson("cs_2", "EMS", null).put("controlCenterId", "cc_1"));
        var retired = cyberSystem("cs_3", "Old DCS", "fac_1");
        var rtu = asset("ca_1", "RTU-1", "cs_1", "bes_cyber_asset", "high");
        var badge = asset("ca_2", "Badge reader", "cs_1", "pacs", "medium");
        var firewall = asset("ca_3", "Firewall", "cs_2", "eacms", "high");
        var orphan = asset("ca_4", "HMI", "cs_3", "bes_cyber_asset", "medium");
        var stray = asset("ca_5", "Laptop", "cs_unknown", "transient", "low");
        var scrapped = asset("ca_6", "Old RTU", "cs_1", "bes_cyber_asset", "high");

        sync(1, LONG_AGO, Map.of(FACILITY, List.of(facility), CONTROL_CENTER, List.of(center),
                CYBER_SYSTEM, List.of(plantScada, ems, retired),
                CYBER_ASSET, List.of(rtu, badge, firewall, orphan, stray, scrapped)));
        sync(2, YESTERDAY, Map.of(FACILITY, List.of(facility), CONTROL_CENTER, List.of(center),
                CYBER_SYSTEM, List.of(plantScada, ems),
                CYBER_ASSET, List.of(Records.with(rtu, "model", "RTU-X"), badge, firewall, orphan, stray)));
    }

    @Test
    void inventoryByFacilityAndImpact() {
        assertThat(run("inventory_by_facility_and_impact"))
                .extracting(row("site_kind", "site_id", "site_name", "impact_level", "cyber_assets"))
                .containsExactly(
                        tuple("facility", "fac_1", "South Plant", "high", 1L),
                        tuple("facility", "fac_1", "South Plant", "medium", 2L),
                        tuple("control_center", "cc_1", "West Ops", "high", 1L),
                        tuple(null, null, null, "low", 1L));
    }

    @Test
    void changesInTheLast30Days() {
        assertThat(run("changes_last_30_days"))
                .extracting(row("resource", "id", "name", "change"))
                .containsExactlyInAnyOrder(
                        tuple("cyber_system", "cs_3", "Old DCS", "deleted"),
                        tuple("cyber_asset", "ca_1", "RTU-1", "updated"),
                        tuple("cyber_asset", "ca_6", "Old RTU", "deleted"));
    }

    @Test
    void assetsWhoseCyberSystemIsGone() {
        assertThat(run("assets_without_live_cyber_system"))
                .extracting(row("cyber_asset_id", "cyber_system_id", "cyber_system_name"))
                .containsExactly(tuple("ca_4", "cs_3", "Old DCS"), tuple("ca_5", "cs_unknown", null));
    }

    @Test
    void assetsPerCipCategory() {
        assertThat(run("assets_per_cip_category"))
                .extracting(row("cip_asset_category", "cyber_assets"))
                .containsExactly(tuple("bes_cyber_asset", 2L), tuple("eacms", 1L), tuple("pacs", 1L),
                        tuple("transient", 1L));
    }

    @Test
    void recordsDeletedUpstream() {
        assertThat(run("deleted_upstream"))
                .extracting(row("resource", "id", "name"))
                .containsExactly(tuple("cyber_asset", "ca_6", "Old RTU"), tuple("cyber_system", "cs_3", "Old DCS"));
    }

    @Test
    void runHistory() {
        assertThat(run("run_history"))
                .extracting(row("run_id", "status", "key_slot", "created", "updated", "deleted", "unchanged"))
                .containsExactly(tuple(2L, "COMPLETED", "primary", 0L, 1L, 2L, 8L),
                        tuple(1L, "COMPLETED", "primary", 11L, 0L, 0L, 0L));
    }

    @Test
    void everyShippedQueryIsCoveredHere() throws IOException {
        var names = Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath:queries/*.sql"))
                .map(Resource::getFilename).toList();

        assertThat(names).containsExactlyInAnyOrder("inventory_by_facility_and_impact.sql",
                "changes_last_30_days.sql", "assets_without_live_cyber_system.sql", "assets_per_cip_category.sql",
                "deleted_upstream.sql", "run_history.sql");
    }

    private static void sync(long runId, Instant at, Map<ResourceType, List<? extends RemoteRecord>> lists) {
        warehouse.runs.start(runId, false, KeySlot.PRIMARY);
        lists.forEach((type, records) -> {
            warehouse.staging.write(runId, records, KnownTexts.none());
            var counts = warehouse.merge.merge(runId, type, at, ShrinkPolicy.unlimited()).counts();
            warehouse.runs.recordCounts(runId, type, counts);
        });
        warehouse.runs.finish(runId, RunStatus.COMPLETED);
    }

    private static RemoteRecord asset(String id, String name, String system, String category, String impact) {
        return cyberAsset(cyberAssetJson(id, name, system).put("cipAssetCategory", category).put("impactLevel", impact));
    }

    private static List<Map<String, Object>> run(String query) {
        return warehouse.jdbc.sql(read("queries/" + query + ".sql")).query().listOfRows();
    }

    private static Function<Map<String, Object>, Tuple> row(String... columns) {
        return row -> new Tuple(Arrays.stream(columns).map(row::get).toArray());
    }

    private static String read(String resource) {
        try (var in = AnalystQueriesTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
