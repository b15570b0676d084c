package com.raptorcomply.sync.warehouse;

import com.raptorcomply.sync.client.KeySlot;
import com.raptorcomply.sync.client.ResourceType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Bookkeeping of sync runs in {@code raptor.sync_run} and {@code raptor.sync_run_resource}. */
@Repository
public class SyncRunRepository {

    private final JdbcClient jdbc;

    public SyncRunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records that a run started; starting a run id again (a restart) sets it STARTED again, keeps its
     * {@code started_at} and counts the attempt. {@code keySlot} may be null until preflight chose a key.
     */
    public void start(long runId, boolean dryRun, KeySlot keySlot) {
        jdbc.sql("""
                INSERT INTO raptor.sync_run (run_id, started_at, status, key_slot, dry_run)
                VALUES (:runId, now(), 'STARTED', :keySlot, :dryRun)
                ON CONFLICT (run_id) DO UPDATE
                   SET status = 'STARTED', finished_at = NULL, dry_run = excluded.dry_run, failed_step = NULL,
                       error = NULL,
                       key_slot = coalesce(excluded.key_slot, sync_run.key_slot),
                       attempts = sync_run.attempts + 1
                """)
                .param("runId", runId).param("dryRun", dryRun)
                .param("keySlot", keySlot == null ? null : keySlot.label(), Types.VARCHAR)
                .update();
    }

    /** Records which key the run uses, once preflight chose it. */
    public void useKeySlot(long runId, KeySlot keySlot) {
        update("UPDATE raptor.sync_run SET key_slot = :value WHERE run_id = :runId", runId, keySlot.label());
    }

    /** Records the Spring Batch execution now running this run. */
    public void linkExecution(long runId, long jobExecutionId) {
        update("UPDATE raptor.sync_run SET job_execution_id = :value WHERE run_id = :runId", runId, jobExecutionId);
    }

    public void finish(long runId, RunStatus status) {
        update("UPDATE raptor.sync_run SET status = :value, finished_at = now() WHERE run_id = :runId",
                runId, status.name());
    }

    /** Records where a run that did not complete stopped ({@code step} may be null) and why, in one line. */
    public void recordFailure(long runId, String step, String error) {
        jdbc.sql("UPDATE raptor.sync_run SET failed_step = :step, error = :error WHERE run_id = :runId")
                .param("runId", runId).param("step", step, Types.VARCHAR).param("error", error, Types.VARCHAR)
                .update();
    }

    /** As {@link #finish}, for a run that may have died before it was recorded (then there is nothing to do). */
    public void finishIfRecorded(long runId, RunStatus status) {
        jdbc.sql("UPDATE raptor.sync_run SET status = :status, finished_at = now() WHERE run_id = :runId")
                .param("runId", runId).param("status", status.name()).update();
    }

    /** Stores a resource's merge counts; again for the same run and resource replaces them (a restarted step). */
    public void recordCounts(long runId, ResourceType type, MergeCounts counts) {
        jdbc.sql("""
                INSERT INTO raptor.sync_run_resource (run_id, resource, created, updated, deleted, restored, unchanged,
                                                      rejected, kept, deferred)
                VALUES (:runId, :resource, :created, :updated, :deleted, :restored, :unchanged, :rejected, :kept,
                        :deferred)
                ON CONFLICT (run_id, resource) DO UPDATE
                   SET created = excluded.created, updated = excluded.updated, deleted = excluded.deleted,
                       restored = excluded.restored, unchanged = excluded.unchanged, rejected = excluded.rejected,
                       kept = excluded.kept, deferred = excluded.deferred
                """)
                .param("runId", runId).param("resource", type.table())
                .param("created", counts.created()).param("updated", counts.updated())
                .param("deleted", counts.deleted()).param("restored", counts.restored())
                .param("unchanged", counts.unchanged()).param("rejected", counts.rejected())
                .param("kept", counts.kept()).param("deferred", counts.deferred())
                .update();
    }

    /** The latest {@code limit} runs, newest first, with their per-resource counts. */
    public List<RunSummary> recent(int limit) {
        return select("SELECT * FROM raptor.sync_run ORDER BY started_at DESC, run_id DESC LIMIT :limit",
                Map.of("limit", limit));
    }

    /** One run with its per-resource counts. */
    public Optional<RunSummary> find(long runId) {
        return select("SELECT * FROM raptor.sync_run WHERE run_id = :runId", Map.of("runId", runId)).stream()
                .findFirst();
    }

    /** How many type drift warnings (one per field of a list) a run recorded. */
    public int driftWarnings(long runId) {
        return jdbc.sql("SELECT count(*) FROM raptor.sync_run_drift WHERE run_id = :runId").param("runId", runId)
                .query(Integer.class).single();
    }

    private List<RunSummary> select(String runsQuery, Map<String, ?> params) {
        var runs = new LinkedHashMap<Long, RunSummary>();
        jdbc.sql("""
                SELECT r.run_id, r.started_at, r.finished_at, r.status, r.key_slot, r.dry_run, r.job_execution_id,
                       r.attempts, r.failed_step, r.error, c.resource, c.created, c.updated, c.deleted, c.restored, c.unchanged, c.rejected,
                       c.kept, c.deferred
                  FROM (%s) r
                  LEFT JOIN raptor.sync_run_resource c ON c.run_id = r.run_id
                 ORDER BY r.started_at DESC, r.run_id DESC
                """.formatted(runsQuery))
                .params(params)
                .query((ResultSet rs) -> addRow(runs, rs));
        return runs.values().stream().map(SyncRunRepository::withFixedCounts).toList();
    }

    private void update(String sql, long runId, Object value) {
        int rows = jdbc.sql(sql).param("runId", runId).param("value", value).update();
        if (rows != 1) {
            throw new IllegalStateException("no sync run " + runId + ": start it first");
        }
    }

    private static void addRow(Map<Long, RunSummary> runs, ResultSet rs) throws SQLException {
        long runId = rs.getLong("run_id");
        if (!runs.containsKey(runId)) {
            runs.put(runId, summary(rs));
        }
        var run = runs.get(runId);
        String resource = rs.getString("resource");
        if (resource != null) {
            run.counts().put(ResourceType.valueOf(resource.toUpperCase(Locale.ROOT)), counts(rs));
        }
    }

    private static RunSummary summary(ResultSet rs) throws SQLException {
        String keySlot = rs.getString("key_slot");
        var finished = rs.getObject("finished_at", OffsetDateTime.class);
        return new RunSummary(rs.getLong("run_id"), rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                finished == null ? null : finished.toInstant(), rs.getString("status"),
                keySlot == null ? null : KeySlot.valueOf(keySlot.toUpperCase(Locale.ROOT)),
                rs.getBoolean("dry_run"), rs.getObject("job_execution_id", Long.class), rs.getInt("attempts"),
                rs.getString("failed_step"), rs.getString("error"), new EnumMap<>(ResourceType.class));
    }

    private static RunSummary withFixedCounts(RunSummary run) {
        return new RunSummary(run.runId(), run.startedAt(), run.finishedAt(), run.status(), run.keySlot(),
                run.dryRun(), run.jobExecutionId(), run.attempts(), run.failedStep(), run.error(),
                Collections.unmodifiableMap(run.counts()));
    }

    private static MergeCounts counts(ResultSet rs) throws SQLException {
        return new MergeCounts(rs.getInt("created"), rs.getInt("updated"), rs.getInt("deleted"),
                rs.getInt("restored"), rs.getInt("unchanged"), rs.getInt("rejected"), rs.getInt("kept"),
                rs.getInt("deferred"));
    }
}
