package com.raptorcomply.sync.push;

import com.raptorcomply.sync.client.RemoteRecord;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the API's answer to this run's own write into the mirror and its history at once (history rows marked
 * {@code source = 'push'}), exactly as a pull would have stored it, so that the next pull finds nothing to do.
 */
@Component
class PushMirror {

    private final JdbcClient jdbc;

    PushMirror(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** The record as the API answered a create or an update (or as a settlement found it). */
    void store(long runId, RemoteRecord record) {
        String payload = record.raw().toString();
        Optional<String> change = changeOf(record.id(), payload);
        if (change.isEmpty()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO raptor.cyber_asset AS m (id, name, cyber_system_id, asset_type, payload, first_seen_at,
                                                     last_seen_at, deleted_at)
                VALUES (:id, :name, :system, :type, CAST(:payload AS jsonb), now(), now(), NULL)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, cyber_system_id = excluded.cyber_system_id,
                       asset_type = excluded.asset_type, payload = excluded.payload, last_seen_at = now(),
                       deleted_at = NULL, received_hash = NULL
                """).param("id", record.id()).param("name", record.name())
                .param("system", record.relations().cyberSystemId()).param("type", record.relations().assetType())
                .param("payload", payload).update();
        history(runId, record.id(), change.get());
    }

    /** A delete the API confirmed (or that found the asset already gone). */
    void markDeleted(long runId, String id) {
        int deleted = jdbc.sql("UPDATE raptor.cyber_asset SET deleted_at = now(), last_seen_at = now()"
                + " WHERE id = :id AND deleted_at IS NULL").param("id", id).update();
        if (deleted > 0) {
            history(runId, id, "deleted");
        }
    }

    /** created, restored or updated; empty when the mirror already holds exactly this payload. */
    private Optional<String> changeOf(String id, String payload) {
        return jdbc.sql("""
                SELECT CASE WHEN deleted_at IS NOT NULL THEN 'restored'
                            WHEN payload::text <> CAST(:payload AS jsonb)::text THEN 'updated' ELSE 'same' END
                  FROM raptor.cyber_asset WHERE id = :id
                """).param("id", id).param("payload", payload).query(String.class).optional()
                .or(() -> Optional.of("created")).filter(change -> !change.equals("same"));
    }

    private void history(long runId, String id, String change) {
        jdbc.sql("""
                INSERT INTO raptor.cyber_asset_history (id, change, payload, observed_at, run_id, source)
                SELECT id, :change, payload, now(), :run, 'push' FROM raptor.cyber_asset WHERE id = :id
                """).param("id", id).param("change", change).param("run", runId).update();
    }
}
