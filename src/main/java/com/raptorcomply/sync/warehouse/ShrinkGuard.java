package com.raptorcomply.sync.warehouse;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stops a merge whose list lost too many live rows: an empty or truncated list (an API fault, a wrong tenant)
 * must not mark the whole mirror deleted. Counts live ids missing from the staged list, so a list that swapped
 * its ids for others counts as a loss too. Elements that say isDeleted are explicit deletions, not a loss.
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
                       (SELECT count(*) FROM %1$s m
                         WHERE m.deleted_at IS NULL
                           AND NOT EXISTS (SELECT 1 FROM raptor.staging_record s
                                            WHERE s.run_id = :runId AND s.resource = :resource AND s.id = m.id))
                           AS missing_rows
                """.formatted(table.qualified()))
                .param("runId", runId)
                .param("resource", table.table())
                .query((rs, n) -> decide(rs.getLong("live_rows"), rs.getLong("staged_rows"),
                        rs.getLong("missing_rows"), policy))
                .single();
    }

    private static ShrinkCheck decide(long live, long staged, long missing, ShrinkPolicy policy) {
        boolean exceeded = live > 0 && missing * 100 > (long) policy.maxShrinkPercent() * live;
        return new ShrinkCheck(live, staged, missing, policy.maxShrinkPercent(), exceeded);
    }
}
