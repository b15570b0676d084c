package com.raptorcomply.sync.warehouse;

import com.raptorcomply.sync.client.FieldDrift;
import com.raptorcomply.sync.client.ListItem;
import com.raptorcomply.sync.client.ResourceType;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Fields of a run's lists whose JSON type differed from the API's description, counted per resource, field and
 * type found, in {@code raptor.sync_run_drift}: the records were kept, the summary warns about the drift.
 */
@Repository
public class DriftLog {

    private static final String ADD = """
            INSERT INTO raptor.sync_run_drift (run_id, resource, field, expected, found, records, example_id)
            VALUES (:runId, :resource, :field, :expected, :found, :records, :exampleId)
            ON CONFLICT (run_id, resource, field, found) DO UPDATE
               SET records = sync_run_drift.records + excluded.records
            """;

    private final NamedParameterJdbcTemplate jdbc;

    public DriftLog(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the drift the usable items of one chunk showed: one row per field and type found. */
    void record(long runId, ResourceType type, List<? extends ListItem<?>> items) {
        Map<FieldDrift, Integer> counts = new LinkedHashMap<>();
        Map<FieldDrift, String> examples = new LinkedHashMap<>();
        for (ListItem<?> item : items) {
            if (item instanceof ListItem.Accepted<?> accepted) {
                count(accepted.drift(), accepted.record().id(), counts, examples);
            } else if (item instanceof ListItem.Held<?> held) {
                count(held.drift(), held.id(), counts, examples);
            }
        }
        if (!counts.isEmpty()) {
            jdbc.batchUpdate(ADD, counts.entrySet().stream()
                    .map(entry -> row(runId, type, entry.getKey(), entry.getValue(), examples.get(entry.getKey())))
                    .toArray(MapSqlParameterSource[]::new));
        }
    }

    private static void count(List<FieldDrift> drift, String id, Map<FieldDrift, Integer> counts,
            Map<FieldDrift, String> examples) {
        for (FieldDrift field : drift) {
            counts.merge(field, 1, Integer::sum);
            examples.putIfAbsent(field, id);
        }
    }

    /** Forgets a list's drift, so a restarted step can count it again. */
    void clear(long runId, ResourceType type) {
        jdbc.update("DELETE FROM raptor.sync_run_drift WHERE run_id = :runId AND resource = :resource",
                new MapSqlParameterSource("runId", runId).addValue("resource", type.table()));
    }

    /**
     * One warning per drifting field of a run (of one resource, or all when {@code type} is null), e.g.
     * {@code cyber_asset: field 'inService': expected boolean, found string in 3 records (e.g. id ca_1); kept as received}.
     */
    public List<String> describe(long runId, ResourceType type) {
        return jdbc.queryForList("""
                SELECT resource || ': field ''' || field || ''': expected ' || expected || ', found ' || found
                       || ' in ' || records || CASE WHEN records = 1 THEN ' record' ELSE ' records' END
                       || coalesce(' (e.g. id ' || example_id || ')', '') || '; kept as received'
                  FROM raptor.sync_run_drift
                 WHERE run_id = :runId AND (CAST(:resource AS text) IS NULL OR resource = :resource)
                 ORDER BY resource, field, found
                """, new MapSqlParameterSource("runId", runId)
                .addValue("resource", type == null ? null : type.table(), Types.VARCHAR), String.class);
    }

    private static MapSqlParameterSource row(long runId, ResourceType type, FieldDrift drift, int records,
            String exampleId) {
        return new MapSqlParameterSource()
                .addValue("runId", runId)
                .addValue("resource", type.table())
                .addValue("field", drift.field())
                .addValue("expected", drift.expected())
                .addValue("found", drift.found())
                .addValue("records", records)
                .addValue("exampleId", exampleId);
    }
}
