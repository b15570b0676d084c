package com.raptorcomply.sync.push;

import java.io.IOException;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * Replaces {@code raptor.cyber_asset_desired} with an imported file, set-based: the rows are copied into a temporary
 * table, then compared and applied in three statements. Everything runs in the caller's transaction; an existing
 * row keeps its {@code remote_id} (the push's link to the remote asset).
 */
@Repository
class DesiredStateRepository {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    DesiredStateRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Locks out other imports (readers go on) and opens the COPY into a fresh temporary table. */
    DesiredCopy startImport() throws SQLException, IOException {
        jdbc.sql("LOCK TABLE raptor.cyber_asset_desired IN SHARE ROW EXCLUSIVE MODE").update();
        jdbc.sql("""
                CREATE TEMPORARY TABLE desired_import (
                    external_ref text PRIMARY KEY, name text NOT NULL, cyber_system_id text NOT NULL,
                    asset_type text NOT NULL, attributes jsonb NOT NULL, delete_requested boolean NOT NULL
                ) ON COMMIT DROP""").update();
        return new DesiredCopy(DataSourceUtils.getConnection(dataSource));
    }

    /** How many desired rows there are, and how many of them the imported file no longer has. */
    Removal removal() {
        jdbc.sql("ANALYZE pg_temp.desired_import").update();
        return jdbc.sql("""
                SELECT count(*) AS existing,
                       count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM pg_temp.desired_import i
                                                          WHERE i.external_ref = d.external_ref)) AS removing
                  FROM raptor.cyber_asset_desired d""")
                .query((rs, n) -> new Removal(rs.getLong("existing"), rs.getLong("removing"))).single();
    }

    /** Applies the imported rows: removes absent ones, updates changed ones, inserts new ones. */
    ImportCounts apply(long imported) {
        int removed = jdbc.sql("""
                DELETE FROM raptor.cyber_asset_desired d
                 WHERE NOT EXISTS (SELECT 1 FROM pg_temp.desired_import i WHERE i.external_ref = d.external_ref)
                """).update();
        int updated = jdbc.sql("""
                UPDATE raptor.cyber_asset_desired d
                   SET name = i.name, cyber_system_id = i.cyber_system_id, asset_type = i.asset_type,
                       attributes = i.attributes, delete_requested = i.delete_requested, updated_at = now()
                  FROM pg_temp.desired_import i
                 WHERE i.external_ref = d.external_ref
                   AND (d.name, d.cyber_system_id, d.asset_type, d.attributes, d.delete_requested)
                       IS DISTINCT FROM (i.name, i.cyber_system_id, i.asset_type, i.attributes, i.delete_requested)
                """).update();
        int inserted = jdbc.sql("""
                INSERT INTO raptor.cyber_asset_desired (external_ref, name, cyber_system_id, asset_type, attributes,
                                                        delete_requested)
                SELECT i.external_ref, i.name, i.cyber_system_id, i.asset_type, i.attributes, i.delete_requested
                  FROM pg_temp.desired_import i
                 WHERE NOT EXISTS (SELECT 1 FROM raptor.cyber_asset_desired d WHERE d.external_ref = i.external_ref)
                """).update();
        return new ImportCounts(inserted, updated, imported - inserted - updated, removed);
    }

    /** The desired rows before the import, and how many of them it would remove. */
    record Removal(long existing, long removing) {

        boolean exceeds(int maxPercent) {
            return existing > 0 && removing * 100 > (long) maxPercent * existing;
        }

        long percent() {
            return existing == 0 ? 0 : Math.round(removing * 100.0 / existing);
        }
    }
}
