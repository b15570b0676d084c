package com.raptorcomply.sync.warehouse;

import com.raptorcomply.sync.client.KnownTexts;
import com.raptorcomply.sync.client.ListItem;
import com.raptorcomply.sync.client.RemoteRecord;
import com.raptorcomply.sync.client.ResourceType;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Puts a run's pulled lists, chunk by chunk, into {@code raptor.staging_record} for {@link MirrorMerge}, with
 * {@code COPY}. A record whose text the live mirror row already holds, and every element the pull found held and
 * did not parse ({@link ListItem.Held}), is staged by reference, without its payload ({@link KnownTexts}).
 * Duplicate ids are left in until the list was read whole: {@link StagedLists#finish} then rejects all but the
 * first of each. Runs in the caller's transaction (the chunk's).
 */
@Repository
public class StagingWriter {

    static final String DUPLICATE_REASON = "duplicate id in one list";

    private final NamedParameterJdbcTemplate jdbc;
    private final RejectionLog rejectionLog;
    private final DriftLog driftLog;
    private final StagingCopy copy;

    public StagingWriter(NamedParameterJdbcTemplate jdbc, RejectionLog rejectionLog, DriftLog driftLog) {
        this.jdbc = jdbc;
        this.rejectionLog = rejectionLog;
        this.driftLog = driftLog;
        this.copy = new StagingCopy(jdbc.getJdbcTemplate().getDataSource());
    }

    /** Empties a run's staged list and its rejections: call before (re-)pulling it, e.g. in a restarted step. */
    public void clear(long runId, ResourceType type) {
        var params = new MapSqlParameterSource("runId", runId).addValue("resource", type.table());
        jdbc.update("DELETE FROM raptor.staging_record WHERE run_id = :runId AND resource = :resource", params);
        jdbc.update("DELETE FROM raptor.staging_list WHERE run_id = :runId AND resource = :resource", params);
        rejectionLog.clear(runId, type);
        driftLog.clear(runId, type);
    }

    /**
     * Drops the staged lists of every run but {@code runId}: only the latest run can be restarted, so what older
     * runs left staged (a failed run never resumed, a run the shrink guard stopped) is never merged.
     */
    public void discardOtherRuns(long runId) {
        delete("run_id <> :runId", runId);
    }

    /** Drops everything {@code runId} staged, keeping its rejections on record. */
    public void discardRun(long runId) {
        delete("run_id = :runId", runId);
    }

    private void delete(String condition, long runId) {
        var params = new MapSqlParameterSource("runId", runId);
        jdbc.update("DELETE FROM raptor.staging_record WHERE " + condition, params);
        jdbc.update("DELETE FROM raptor.staging_list WHERE " + condition, params);
    }

    /**
     * Stages a chunk of one list as streamed: accepted items are staged with their list position and their type
     * drift counted, rejected ones recorded. An accepted record whose text {@code known} holds is staged by
     * reference.
     */
    public void writeItems(long runId, ResourceType type, List<? extends ListItem<?>> items, KnownTexts known) {
        var rows = new ArrayList<StagedRow>();
        var rejected = new ArrayList<ListItem.Rejected<?>>();
        for (ListItem<?> item : items) {
            if (item instanceof ListItem.Accepted<?> accepted) {
                rows.add(StagedRow.of(checkType(type, accepted.record()), accepted.index(), accepted.textHash()));
            } else if (item instanceof ListItem.Held<?> held) {
                rows.add(StagedRow.held(type, held));
            } else {
                rejected.add((ListItem.Rejected<?>) item);
            }
        }
        rejectionLog.record(runId, type, rejected);
        driftLog.record(runId, type, items);
        stage(rows, known, runId);
    }

    /**
     * Stages records of one list whose positions are unknown (a duplicate is then rejected with index -1), by
     * reference where {@code known} holds their text.
     */
    public void write(long runId, List<? extends RemoteRecord> chunk, KnownTexts known) {
        if (!chunk.isEmpty()) {
            ResourceType type = chunk.get(0).type();
            stage(chunk.stream().map(record -> StagedRow.of(checkType(type, record), null, null)).toList(), known,
                    runId);
        }
    }

    /**
     * Copies the rows; those whose text the mirror holds by reference (never one that says isDeleted), as every
     * held element is.
     */
    private void stage(List<StagedRow> rows, KnownTexts known, long runId) {
        copy.copy(runId, known.size() == 0 ? rows : rows.stream()
                .map(row -> row.payload() == null
                        || !row.record().deleted() && known.holds(row.record().id(), row.textHash())
                        ? row.byReference() : row)
                .toList());
    }

    private static RemoteRecord checkType(ResourceType type, RemoteRecord record) {
        if (record.type() != type) {
            throw new IllegalArgumentException(
                    "record " + record.id() + " is a " + record.type() + ", staged as " + type);
        }
        return record;
    }
}
