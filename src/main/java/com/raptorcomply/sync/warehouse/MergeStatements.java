package com.raptorcomply.sync.warehouse;

/**
 * The set-based statements that merge one staged list into one mirror table, each writing its history rows in
 * the same statement. Parameters: {@code runId}, {@code resource}, {@code observedAt}. The three writes touch
 * disjoint ids (gone from the list / listed and known / listed and new), so their order does not matter.
 */
record MergeStatements(String lock, String markAbsentDeleted, String applyChanges, String insertNew,
                       String countStaged, String clearStaged) {

    private static final String STAGED = "s.run_id = :runId AND s.resource = :resource";

    static MergeStatements forTable(MirrorTable t) {
        return new MergeStatements(
                "LOCK TABLE " + t.qualified() + " IN SHARE ROW EXCLUSIVE MODE",
                markAbsentDeleted(t),
                applyChanges(t),
                insertNew(t),
                "SELECT count(*) FROM raptor.staging_record s WHERE " + STAGED,
                "DELETE FROM raptor.staging_record s WHERE " + STAGED);
    }

    /** Live rows whose id is not in the list: deleted now, history with their last known payload. */
    private static String markAbsentDeleted(MirrorTable t) {
        return """
                WITH gone AS (
                    UPDATE %1$s m SET deleted_at = :observedAt
                     WHERE m.deleted_at IS NULL
                       AND NOT EXISTS (SELECT 1 FROM raptor.staging_record s WHERE %3$s AND s.id = m.id)
                    RETURNING m.id, m.payload)
                INSERT INTO %2$s (id, change, payload, observed_at, run_id)
                SELECT id, 'deleted', payload, :observedAt, :runId FROM gone
                """.formatted(t.qualified(), t.history(), STAGED);
    }

    /**
     * Listed rows already known whose payload or deleted state differs: updated, deleted (isDeleted now),
     * restored (present again). Returns (change, rows).
     */
    private static String applyChanges(MirrorTable t) {
        return """
                WITH changed AS (
                    SELECT s.id, s.name, s.payload, s.upstream_deleted%4$s,
                           CASE WHEN m.deleted_at IS NULL AND s.upstream_deleted THEN 'deleted'
                                WHEN m.deleted_at IS NOT NULL AND NOT s.upstream_deleted THEN 'restored'
                                ELSE 'updated' END AS change
                      FROM raptor.staging_record s
                      JOIN %1$s m ON m.id = s.id
                     WHERE %3$s
                       AND (m.payload_hash <> s.payload_hash OR (m.deleted_at IS NULL) = s.upstream_deleted)),
                written AS (
                    UPDATE %1$s m
                       SET name = c.name, payload = c.payload%5$s, last_seen_at = :observedAt,
                           deleted_at = CASE WHEN c.upstream_deleted THEN coalesce(m.deleted_at, :observedAt) END
                      FROM changed c
                     WHERE m.id = c.id),
                logged AS (
                    INSERT INTO %2$s (id, change, payload, observed_at, run_id)
                    SELECT id, change, payload, :observedAt, :runId FROM changed
                    RETURNING change)
                SELECT change, count(*) AS n FROM logged GROUP BY change
                """.formatted(t.qualified(), t.history(), STAGED, t.relationList("s."), t.relationAssignments("c."));
    }

    /** Listed ids never seen: inserted (already deleted if the element says isDeleted). Returns (change, rows). */
    private static String insertNew(MirrorTable t) {
        return """
                WITH fresh AS (
                    INSERT INTO %1$s AS m (id, name, payload%4$s, first_seen_at, last_seen_at, deleted_at)
                    SELECT s.id, s.name, s.payload%5$s, :observedAt, :observedAt,
                           CASE WHEN s.upstream_deleted THEN CAST(:observedAt AS timestamptz) END
                      FROM raptor.staging_record s
                     WHERE %3$s AND NOT EXISTS (SELECT 1 FROM %1$s known WHERE known.id = s.id)
                    RETURNING m.id, m.payload, m.deleted_at),
                logged AS (
                    INSERT INTO %2$s (id, change, payload, observed_at, run_id)
                    SELECT id, CASE WHEN deleted_at IS NULL THEN 'created' ELSE 'deleted' END,
                           payload, :observedAt, :runId
                      FROM fresh
                    RETURNING change)
                SELECT change, count(*) AS n FROM logged GROUP BY change
                """.formatted(t.qualified(), t.history(), STAGED, t.relationList(""), t.relationList("s."));
    }
}
