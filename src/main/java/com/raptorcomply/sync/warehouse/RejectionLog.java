package com.raptorcomply.sync.warehouse;

import com.raptorcomply.sync.client.Ids;
import com.raptorcomply.sync.client.ListItem;
import com.raptorcomply.sync.client.ResourceType;
import java.sql.Types;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** List elements a run could not store, kept in {@code raptor.sync_run_rejection} for people to look at. */
@Repository
public class RejectionLog {

    private static final String INSERT = """
            INSERT INTO raptor.sync_run_rejection (run_id, resource, element_index, record_id, field, reason, payload)
            VALUES (:runId, :resource, :elementIndex, :recordId, :field, :reason, CAST(:payload AS jsonb))
            """;

    private final NamedParameterJdbcTemplate jdbc;

    public RejectionLog(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records rejected elements of one list; a negative index means "position unknown". An id is stored as
     * {@link Ids#shown} gives it (an over-long one shortened): the merge keeps the mirror row of a rejected id.
     */
    public void record(long runId, ResourceType type, List<? extends ListItem.Rejected<?>> rejected) {
        if (rejected.isEmpty()) {
            return;
        }
        var parameters = rejected.stream().map(item -> parameters(runId, type, item))
                .toArray(MapSqlParameterSource[]::new);
        jdbc.batchUpdate(INSERT, parameters);
    }

    /** Forgets a list's rejections, so a restarted step can record them again. */
    public void clear(long runId, ResourceType type) {
        jdbc.update("DELETE FROM raptor.sync_run_rejection WHERE run_id = :runId AND resource = :resource",
                new MapSqlParameterSource("runId", runId).addValue("resource", type.table()));
    }

    public int count(long runId, ResourceType type) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM raptor.sync_run_rejection WHERE run_id = :runId AND resource = :resource
                """, new MapSqlParameterSource("runId", runId).addValue("resource", type.table()), Integer.class);
    }

    /** The first {@code limit} rejections of a run, one line each: resource, position, id, field and reason. */
    public List<String> describe(long runId, int limit) {
        return jdbc.queryForList("""
                SELECT resource || ': element ' || coalesce(element_index::text, '?')
                       || coalesce(' (id ' || record_id || ')', '') || ': field ''' || coalesce(field, '?')
                       || ''': ' || reason
                  FROM raptor.sync_run_rejection WHERE run_id = :runId
                 ORDER BY resource, element_index NULLS LAST, rejection_id LIMIT :limit
                """, new MapSqlParameterSource("runId", runId).addValue("limit", limit), String.class);
    }

    /** The element as received, unless PostgreSQL cannot store it (then only the other columns tell). */
    private static String storablePayload(ListItem.Rejected<?> item) {
        String payload = item.raw() == null ? null : item.raw().toString();
        return StorableText.jsonHasNul(payload) ? null : payload;
    }

    private static MapSqlParameterSource parameters(long runId, ResourceType type, ListItem.Rejected<?> item) {
        return new MapSqlParameterSource()
                .addValue("runId", runId)
                .addValue("resource", type.table())
                .addValue("elementIndex", item.index() < 0 ? null : item.index(), Types.INTEGER)
                .addValue("recordId", Ids.shown(item.id()), Types.VARCHAR)
                .addValue("field", StorableText.escaped(item.field()), Types.VARCHAR)
                .addValue("reason", StorableText.escaped(Objects.requireNonNullElse(item.reason(), "rejected")))
                .addValue("payload", storablePayload(item), Types.VARCHAR);
    }
}
