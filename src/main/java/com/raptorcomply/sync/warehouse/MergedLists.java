package com.raptorcomply.sync.warehouse;

import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The list each mirror table was last merged from ({@code raptor.merged_list}, migration V16). A list staged with
 * the same digest, while the table's history has not grown since (nothing wrote the mirror), would merge to no
 * change at all: {@link MirrorMerge} skips it. Only a merge that rejected nothing is remembered, and only a list
 * whose run rejected nothing of it is skipped: a rejected element is not staged, so it does not change the digest,
 * yet it keeps rows or defers deletions.
 */
final class MergedLists {

    private static final String NO_REJECTION = "NOT EXISTS (SELECT 1 FROM raptor.sync_run_rejection r"
            + " WHERE r.run_id = :runId AND r.resource = :resource)";

    private final JdbcClient jdbc;

    MergedLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The rows staged by {@code runId} (as its pull recorded them) when that list is the one {@code table} was last
     * merged from, unchanged since; empty otherwise.
     */
    Optional<Integer> unchangedSinceLastMerge(MirrorTable table, Map<String, Object> params) {
        return jdbc.sql("""
                SELECT l.staged_rows FROM raptor.staging_list l
                  JOIN raptor.merged_list d ON d.resource = l.resource AND d.digest = l.digest
                 WHERE l.run_id = :runId AND l.resource = :resource AND l.staged_rows IS NOT NULL
                   AND d.history_mark IS NOT DISTINCT FROM (SELECT max(history_id) FROM %s)
                   AND %s
                """.formatted(table.history(), NO_REJECTION)).params(params).query(Integer.class).optional();
    }

    /** Remembers the list {@code runId} staged as merged into {@code table}; forgets any when it had a rejection. */
    void remember(MirrorTable table, Map<String, Object> params) {
        jdbc.sql("""
                WITH listed AS (
                    SELECT l.digest FROM raptor.staging_list l
                     WHERE l.run_id = :runId AND l.resource = :resource AND l.digest IS NOT NULL AND %2$s),
                forgotten AS (
                    DELETE FROM raptor.merged_list d
                     WHERE d.resource = :resource AND NOT EXISTS (SELECT 1 FROM listed))
                INSERT INTO raptor.merged_list (resource, digest, history_mark, run_id)
                SELECT :resource, digest, (SELECT max(history_id) FROM %1$s), :runId FROM listed
                ON CONFLICT (resource) DO UPDATE
                   SET digest = excluded.digest, history_mark = excluded.history_mark, run_id = excluded.run_id
                """.formatted(table.history(), NO_REJECTION)).params(params).update();
    }
}
