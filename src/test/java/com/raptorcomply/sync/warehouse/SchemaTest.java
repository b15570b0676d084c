package com.raptorcomply.sync.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class SchemaTest {

    private static final Warehouse warehouse = Warehouse.migrated();

    /** A partition's columns are its table's, commented there. */
    @Test
    void everyTableViewAndColumnIsCommented() {
        var uncommented = warehouse.jdbc.sql("""
                SELECT c.relname || coalesce('.' || a.attname, '')
                  FROM pg_class c
                  JOIN pg_namespace n ON n.oid = c.relnamespace
                  LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                 WHERE n.nspname = 'raptor' AND c.relkind IN ('r', 'p', 'v')
                   AND (obj_description(c.oid, 'pg_class') IS NULL
                        OR (NOT c.relispartition AND col_description(c.oid, a.attnum) IS NULL))
                """).query(String.class).list();

        assertThat(uncommented).isEmpty();
    }

    @Test
    void contractTablesExist() {
        var tables = warehouse.jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'raptor'")
                .query(String.class).list();

        assertThat(tables).contains("facility", "control_center", "cyber_system", "cyber_asset",
                "facility_history", "control_center_history", "cyber_system_history", "cyber_asset_history",
                "sync_run", "sync_run_resource", "sync_run_rejection", "staging_record",
                "cyber_asset_desired", "cyber_asset_push", "v_cyber_asset_inventory");
    }

    @Test
    void analystRoleReadsButCannotWrite() throws SQLException {
        try (Connection connection = warehouse.dataSource.getConnection();
             var statement = connection.createStatement()) {
            statement.execute("SET ROLE raptor_analyst");

            assertThat(statement.executeQuery("SELECT count(*) FROM raptor.v_cyber_asset_inventory").next()).isTrue();
            assertThat(statement.executeQuery("SELECT count(*) FROM raptor.cyber_asset_history").next()).isTrue();
            assertThatThrownBy(() -> statement.executeUpdate(
                    "INSERT INTO raptor.sync_run (run_id, status) VALUES (1, 'STARTED')"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM raptor.cyber_asset"))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void analystRoleIsNotALogin() {
        assertThat(warehouse.jdbc.sql("SELECT rolcanlogin FROM pg_roles WHERE rolname = 'raptor_analyst'")
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    void keySlotAcceptsOnlyTheSlotNames() {
        assertThatThrownBy(() -> warehouse.jdbc.sql(
                "INSERT INTO raptor.sync_run (run_id, key_slot) VALUES (1, 'rc_live_abc')").update())
                .hasMessageContaining("sync_run_key_slot_check");
    }

    @Test
    void migratingAgainIsANoOp() {
        long applied = warehouse.count("SELECT count(*) FROM flyway_schema_history WHERE success");

        com.raptorcomply.sync.testing.TestDatabase.migrate(warehouse.dataSource);

        assertThat(applied).isGreaterThanOrEqualTo(7);
        assertThat(warehouse.count("SELECT count(*) FROM flyway_schema_history")).isEqualTo(applied);
    }
}
