package com.raptorcomply.sync.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V15 rebuilds the staging table (a partition per list, payload as text): a run staged before the upgrade and
 * resumed after it must find its lists as they were, in the same order, and new rows must follow them.
 */
class StagingUpgradeTest {

    @Test
    void rowsStagedBeforeV15AreKeptInTheirOrderWithTheirTextAndItsHash() {
        DataSource dataSource = TestDatabase.fresh().toDataSource();
        var jdbc = JdbcClient.create(dataSource);
        flyway(dataSource, "14");
        jdbc.sql("INSERT INTO raptor.sync_run (run_id, status) VALUES (7, 'FAILED')").update();
        jdbc.sql("""
                INSERT INTO raptor.staging_record (run_id, resource, id, name, payload, cyber_system_id, element_index)
                VALUES (7, 'cyber_asset', 'ca_2', 'Relay', '{"id": "ca_2", "n": [1, 2]}', 'cs_1', 0),
                       (7, 'facility', 'fa_1', 'Plant', '{"id": "fa_1"}', NULL, 0),
                       (7, 'cyber_asset', 'ca_1', 'RTU', '{"id": "ca_1"}', 'cs_1', 1)
                """).update();

        flyway(dataSource, "latest");

        List<Map<String, Object>> rows = jdbc.sql("""
                SELECT tableoid::regclass::text AS list, id, payload, text_hash = md5(payload) AS hashed,
                       cyber_system_id, element_index
                  FROM raptor.staging_record ORDER BY seq
                """).query().listOfRows();
        assertThat(rows).extracting(row -> row.get("list") + ":" + row.get("id") + ":" + row.get("payload"))
                .containsExactly("raptor.staging_cyber_asset:ca_2:{\"n\": [1, 2], \"id\": \"ca_2\"}",
                        "raptor.staging_facility:fa_1:{\"id\": \"fa_1\"}",
                        "raptor.staging_cyber_asset:ca_1:{\"id\": \"ca_1\"}");
        assertThat(rows).allSatisfy(row -> assertThat(row.get("hashed")).isEqualTo(true));
        jdbc.sql("""
                INSERT INTO raptor.staging_record (run_id, resource, id, payload, text_hash)
                VALUES (7, 'cyber_asset', 'ca_3', '{}', md5('{}'))
                """).update();
        assertThat(jdbc.sql("SELECT id FROM raptor.staging_record ORDER BY seq DESC LIMIT 1").query(String.class)
                .single()).as("seq goes on after the rows kept").isEqualTo("ca_3");
    }

    private static void flyway(DataSource dataSource, String target) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load().migrate();
    }
}
