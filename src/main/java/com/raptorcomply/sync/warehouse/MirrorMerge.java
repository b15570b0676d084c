package com.raptorcomply.sync.warehouse;

import com.raptorcomply.sync.client.ResourceType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Merges a run's staged list into its mirror table and history, in one transaction: new ids are created,
 * changed payloads updated, ids gone from the list (or marked isDeleted) deleted, returning ids restored; a
 * row whose element was rejected in this run is kept as it was (see {@link MergeStatements}).
 * Rows whose payload is unchanged are not touched, so a run that sees no change writes nothing (but the hash of
 * a record's text when only its text changed, see {@link MergeStatements}); merging the same list again changes
 * nothing. The staged rows are removed afterwards, unless the shrink guard blocked.
 * History rows reference the run, so {@link SyncRunRepository#start} must have recorded it. Merges of one
 * table are serialised by a table lock that still lets readers through.
 */
@Repository
public class MirrorMerge {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ShrinkGuard shrinkGuard;
    private final MergedLists mergedLists;
    private final RejectionLog rejectionLog;
    private final Map<MirrorTable, MergeStatements> statements = new EnumMap<>(MirrorTable.class);

    public MirrorMerge(JdbcClient jdbc, PlatformTransactionManager transactionManager, RejectionLog rejectionLog) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.shrinkGuard = new ShrinkGuard(jdbc);
        this.mergedLists = new MergedLists(jdbc);
        this.rejectionLog = rejectionLog;
        for (MirrorTable table : MirrorTable.values()) {
            statements.put(table, MergeStatements.forTable(table));
        }
    }

    /**
     * Merges the list staged for {@code runId} and {@code type}, observed at {@code observedAt} (stored to the
     * microsecond). If the merge would delete more live rows (missing or flagged isDeleted) than {@code policy}
     * allows, nothing at all is changed and the result says {@code shrinkBlocked}.
     */
    public MergeResult merge(long runId, ResourceType type, Instant observedAt, ShrinkPolicy policy) {
        var table = MirrorTable.of(type);
        var sql = statements.get(table);
        var params = Map.<String, Object>of("runId", runId, "resource", table.table(),
                "observedAt", OffsetDateTime.ofInstant(observedAt.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
        return transaction.execute(status -> {
            jdbc.sql(sql.lock()).update();
            Optional<Integer> unchanged = mergedLists.unchangedSinceLastMerge(table, params);
            if (unchanged.isPresent()) {
                return skip(sql, params, runId, table, unchanged.get(), policy);
            }
            jdbc.sql(sql.analyze()).update();
            refuseStaleReferences(sql, table, params);
            var shrink = shrinkGuard.check(runId, table, policy);
            if (shrink.exceeded() && !policy.allowShrink()) {
                return MergeResult.blocked(type, shrink);
            }
            return MergeResult.merged(type, apply(sql, params, runId, table), shrink);
        });
    }

    /**
     * A row staged by reference whose text the mirror no longer holds cannot be merged: its payload is nowhere. It
     * can only happen when the mirror was written between the pull and the merge, so a skipped list never has one.
     */
    private void refuseStaleReferences(MergeStatements sql, MirrorTable table, Map<String, Object> params) {
        int stale = count(sql.countStale(), params);
        if (stale > 0) {
            throw new StaleListException(table.type(), stale);
        }
    }

    /** The list last merged, and nothing written since: every row is unchanged, none is compared. */
    private MergeResult skip(MergeStatements sql, Map<String, Object> params, long runId, MirrorTable table,
            int staged, ShrinkPolicy policy) {
        var shrink = shrinkGuard.nothingLost(runId, table, staged, policy);
        mergedLists.remember(table, params);
        clearStaged(sql, params);
        return MergeResult.merged(table.type(), new MergeCounts(0, 0, 0, 0, staged, 0), shrink);
    }

    private MergeCounts apply(MergeStatements sql, Map<String, Object> params, long runId, MirrorTable table) {
        ResourceType type = table.type();
        int staged = count(sql.countStaged(), params);
        int kept = count(sql.countKept(), params);
        int deferred = count(sql.countDeferred(), params);
        int gone = jdbc.sql(sql.markAbsentDeleted()).params(params).update();
        var changed = changeCounts(sql.applyChanges(), params);
        var fresh = changeCounts(sql.insertNew(), params);
        mergedLists.remember(table, params);
        clearStaged(sql, params);
        int written = changed.values().stream().mapToInt(Integer::intValue).sum()
                + fresh.values().stream().mapToInt(Integer::intValue).sum();
        return new MergeCounts(
                fresh.getOrDefault("created", 0),
                changed.getOrDefault("updated", 0),
                gone + changed.getOrDefault("deleted", 0) + fresh.getOrDefault("deleted", 0),
                changed.getOrDefault("restored", 0),
                staged - written,
                rejectionLog.count(runId, type),
                kept,
                deferred);
    }

    private void clearStaged(MergeStatements sql, Map<String, Object> params) {
        jdbc.sql(sql.forgetList()).params(params).update();
        jdbc.sql(sql.clearStaged()).update();
    }

    private int count(String statement, Map<String, Object> params) {
        return jdbc.sql(statement).params(params).query(Integer.class).single();
    }

    private Map<String, Integer> changeCounts(String statement, Map<String, Object> params) {
        return jdbc.sql(statement).params(params)
                .query((rs, n) -> Map.entry(rs.getString("change"), rs.getInt("n")))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
