package com.raptorcomply.sync.pull;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.testing.SyncFixture;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A full sync through the command line lands every record, field and relation exactly as the API sent it. */
class FullSyncTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void everyRecordLandsAsSent(Dialect dialect) throws Exception {
        try (var fixture = SyncFixture.start(dialect)) {
            var result = fixture.cli().run("sync");

            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.out()).contains("COMPLETED").contains("cyber assets").doesNotContain("Warning")
                    .doesNotContain("Rejected");
            assertThat(fixture.count("sync_run_rejection")).isZero();
            assertThat(fixture.count("sync_run_drift")).isZero();
            for (ResourceType type : ResourceType.values()) {
                Map<String, JsonNode> sent = fixture.listAsSent(type);
                assertThat(fixture.count(type.table() + " where deleted_at is null")).isEqualTo(sent.size());
                assertThat(fixture.count(type.table() + "_history where change = 'created'")).isEqualTo(sent.size());
                for (String id : sent.keySet()) {
                    String stored = fixture.jdbc().sql("select payload::text from raptor." + type.table()
                            + " where id = :id").param("id", id).query(String.class).single();
                    assertThat(JSON.readTree(stored)).as("%s %s", type, id).isEqualTo(sent.get(id));
                }
            }
            assertRelationsMatchPayloads(fixture, dialect);
            assertAnalystQueriesRun(fixture);
        }
    }

    /** Every shipped query in sql/queries runs against the synced warehouse; the inventory covers every asset. */
    private static void assertAnalystQueriesRun(SyncFixture fixture) throws Exception {
        var queries = new PathMatchingResourcePatternResolver().getResources("classpath:queries/*.sql");
        assertThat(queries).hasSizeGreaterThanOrEqualTo(6);
        for (var query : queries) {
            String sql = query.getContentAsString(StandardCharsets.UTF_8).strip().replaceAll(";$", "");
            var rows = fixture.jdbc().sql(sql).query().listOfRows();
            if (query.getFilename().startsWith("inventory_by_facility")) {
                long assets = rows.stream().mapToLong(row -> ((Number) row.get("cyber_assets")).longValue()).sum();
                assertThat(assets).isEqualTo(fixture.count("cyber_asset"));
            }
            if (query.getFilename().startsWith("run_history")) {
                assertThat(rows).hasSize(1);
            }
        }
    }

    private static void assertRelationsMatchPayloads(SyncFixture fixture, Dialect dialect) {
        String systemKey = dialect == Dialect.DOCS ? "cyber_system_id" : "cyberSystemId";
        long mismatched = fixture.count("cyber_asset where cyber_system_id is distinct from payload->>'" + systemKey + "'");
        long orphans = fixture.count("cyber_asset a where not exists (select 1 from raptor.cyber_system s"
                + " where s.id = a.cyber_system_id)");
        long systemsWithoutSite = fixture.count("cyber_system where facility_id is null and control_center_id is null");
        assertThat(mismatched).isZero();
        assertThat(orphans).isZero();
        assertThat(systemsWithoutSite).isZero();
        assertThat(fixture.count("v_cyber_asset_inventory")).isEqualTo(fixture.count("cyber_asset"));
    }
}
