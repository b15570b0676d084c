package com.raptorcomply.sync.warehouse;

import com.raptorcomply.sync.client.ListItem;
import com.raptorcomply.sync.client.RemoteRecord;
import com.raptorcomply.sync.client.ResourceType;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Puts a run's pulled lists, chunk by chunk, into {@code raptor.staging_record} for {@link MirrorMerge}.
 * Within one list the first element with an id wins; later ones with the same id are rejected, recorded in the
 * {@link RejectionLog} and returned. Runs in the caller's transaction (the chunk's).
 */
@Repository
public class StagingWriter {

    static final String DUPLICATE_REASON = "duplicate id in one list";

    private static final String INSERT = """
            INSERT INTO raptor.staging_record (run_id, resource, id, name, payload, upstream_deleted,
                                               control_center_id, facility_id, cyber_system_id, asset_type, element_index)
            VALUES (:runId, :resource, :id, :name, CAST(:payload AS jsonb), :upstreamDeleted,
                    :controlCenterId, :facilityId, :cyberSystemId, :assetType, :elementIndex)
            ON CONFLICT (run_id, resource, id) DO NOTHING
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final RejectionLog rejectionLog;
    private final DriftLog driftLog;

    public StagingWriter(NamedParameterJdbcTemplate jdbc, RejectionLog rejectionLog, DriftLog driftLog) {
        this.jdbc = jdbc;
        this.rejectionLog = rejectionLog;
        this.driftLog = driftLog;
    }

    /** Empties a run's staged list and its rejections: call before (re-)pulling it, e.g. in a restarted step. */
    public void clear(long runId, ResourceType type) {
        jdbc.update("DELETE FROM raptor.staging_record WHERE run_id = :runId AND resource = :resource",
                new MapSqlParameterSource("runId", runId).addValue("resource", type.table()));
        rejectionLog.clear(runId, type);
        driftLog.clear(runId, type);
    }

    /**
     * Drops the staged lists of every run but {@code runId}: only the latest run can be restarted, so what older
     * runs left staged (a failed run never resumed, a run the shrink guard stopped) is never merged.
     */
    public void discardOtherRuns(long runId) {
        jdbc.update("DELETE FROM raptor.staging_record WHERE run_id <> :runId", new MapSqlParameterSource("runId", runId));
    }

    /** Drops everything {@code runId} staged, keeping its rejections on record. */
    public void discardRun(long runId) {
        jdbc.update("DELETE FROM raptor.staging_record WHERE run_id = :runId", new MapSqlParameterSource("runId", runId));
    }

    /**
     * Stages a chunk of one list as streamed: accepted items are staged with their list position and their type
     * drift counted, rejected ones recorded. Returns the duplicate ids rejected here (already recorded), for the
     * caller's log.
     */
    public List<ListItem.Rejected<RemoteRecord>> writeItems(long runId, ResourceType type,
                                                            List<? extends ListItem<?>> items) {
        var rows = new ArrayList<StagedRow>();
        var accepted = new ArrayList<ListItem.Accepted<?>>();
        var rejected = new ArrayList<ListItem.Rejected<?>>();
        for (ListItem<?> item : items) {
            if (item instanceof ListItem.Accepted<?> acceptedItem) {
                accepted.add(acceptedItem);
                rows.add(StagedRow.of(checkType(type, acceptedItem.record()), acceptedItem.index()));
            } else {
                rejected.add((ListItem.Rejected<?>) item);
            }
        }
        rejectionLog.record(runId, type, rejected);
        driftLog.record(runId, type, accepted);
        return stage(runId, type, rows);
    }

    /**
     * Stages records of one list whose positions are unknown (duplicates get index -1). Returns the duplicates
     * found (already recorded).
     */
    public List<ListItem.Rejected<RemoteRecord>> write(long runId, List<? extends RemoteRecord> chunk) {
        if (chunk.isEmpty()) {
            return List.of();
        }
        ResourceType type = chunk.get(0).type();
        var rows = chunk.stream().map(record -> StagedRow.of(checkType(type, record), null)).toList();
        return stage(runId, type, rows);
    }

    private List<ListItem.Rejected<RemoteRecord>> stage(long runId, ResourceType type, List<StagedRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var parameters = rows.stream().map(row -> row.parameters(runId)).toArray(MapSqlParameterSource[]::new);
        int[] inserted = jdbc.batchUpdate(INSERT, parameters);
        var duplicates = duplicates(rows, inserted);
        rejectionLog.record(runId, type, duplicates);
        return duplicates;
    }

    private static List<ListItem.Rejected<RemoteRecord>> duplicates(List<StagedRow> rows, int[] inserted) {
        var duplicates = new ArrayList<ListItem.Rejected<RemoteRecord>>();
        for (int i = 0; i < rows.size(); i++) {
            if (inserted[i] == Statement.SUCCESS_NO_INFO) {
                throw new IllegalStateException(
                        "the JDBC driver reports no row counts for batches; turn off reWriteBatchedInserts");
            }
            if (inserted[i] == 0) {
                duplicates.add(duplicate(rows.get(i)));
            }
        }
        return duplicates;
    }

    private static ListItem.Rejected<RemoteRecord> duplicate(StagedRow row) {
        int index = row.elementIndex() == null ? -1 : row.elementIndex();
        return new ListItem.Rejected<>(index, row.record().id(), "id", DUPLICATE_REASON, row.record().raw());
    }

    private static RemoteRecord checkType(ResourceType type, RemoteRecord record) {
        if (record.type() != type) {
            throw new IllegalArgumentException(
                    "record " + record.id() + " is a " + record.type() + ", staged as " + type);
        }
        return record;
    }
}
