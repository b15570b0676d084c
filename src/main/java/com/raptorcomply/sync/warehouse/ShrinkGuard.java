package com.raptorcomply.sync.warehouse;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stops a merge that would delete too many live rows: an empty or truncated list (an API fault, a wrong tenant),
 * or one that flags everything isDeleted, must not mark the whole mirror deleted. Counts every live row the merge
 * would delete: gone from the list (so a list that swapped its ids for others counts too) or flagged isDeleted.
 */
class ShrinkGuard {

    private final JdbcClient jdbc;

    ShrinkGuard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ShrinkCheck check(long runId, MirrorTable table, ShrinkPolicy policy) {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM %1$s m WHERE m.deleted_at IS NULL) AS live_rows,
                       (SELECT count(*) FROM raptor.staging_record s
                         WHERE s.run_id = :runId AND s.resource = :resource) AS staged_rows,
                       (SELECT count(*) FROM %1$s m WHERE %2$s) AS missing_rows,
                       (SELECT count(*) FROM %1$s m
                          JOIN raptor.staging_record s ON s.id = m.id AND s.run_id = :runId AND s.resource = :resource
                         WHERE m.deleted_at IS NULL AND s.upstream_deleted) AS flagged_rows
                """.formatted(table.qualified(), MergeStatements.GONE))
                .param("runId", runId)
                .param("resource", table.table())
                .query((rs, n) -> decide(rs.getLong("live_rows"), rs.getLong("staged_rows"),
                        rs.getLong("missing_rows"), rs.getLong("flagged_rows"), policy))
                .single();
    }

    /**
     * A list the merge skips (the one last merged, nothing written since) deletes nothing. The mirror's live rows are
     * then the list's rows not flagged isDeleted, as the last merge left them (it had no rejection, or it would not
     * have been remembered), so they are counted in the staged list: counting them in the mirror read the whole table,
     * 0.1 s of a night without changes at 100,000 assets.
     */
    ShrinkCheck nothingLost(long runId, MirrorTable table, long staged, ShrinkPolicy policy) {
        long flagged = jdbc.sql("SELECT count(*) FROM raptor.staging_record s"
                        + " WHERE s.run_id = :runId AND s.resource = :resource AND s.upstream_deleted")
                .param("runId", runId)
                .param("resource", table.table())
                .query(Long.class).single();
        return decide(staged - flagged, staged, 0, 0, policy);
    }

    private static ShrinkCheck decide(long live, long staged, long missing, long flagged, ShrinkPolicy policy) {
        boolean exceeded = live > 0 && (missing + flagged) * 100 > (long) policy.maxShrinkPercent() * live;
        return new ShrinkCheck(live, staged, missing, flagged, policy.maxShrinkPercent(), exceeded);
    }
}
