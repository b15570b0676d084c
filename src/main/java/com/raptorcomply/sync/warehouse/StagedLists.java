package com.raptorcomply.sync.warehouse;

import com.raptorcomply.sync.client.ListItem;
import com.raptorcomply.sync.client.ResourceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The lists a run staged whole ({@code raptor.staging_list}): a pull step ends by removing the list's duplicate ids
 * and recording how many rows it left; the merge checks that they are all still there before it merges, because a
 * list that lost rows (a database crash empties an unlogged table) would mark the missing records deleted.
 * A list found lost is flagged, so that the resumed run pulls it again.
 */
@Repository
public class StagedLists {

    /**
     * Rejects every staged row whose id an earlier row of the same list has (first in list order wins); a row staged
     * by reference is recorded with the payload the mirror holds for it. Formatted with the mirror table.
     */
    private static final String REJECT_DUPLICATES = """
            WITH repeated AS (
                SELECT id FROM raptor.staging_record
                 WHERE run_id = :runId AND resource = :resource
                 GROUP BY id HAVING count(*) > 1),
            ranked AS (
                SELECT s.seq, row_number() OVER (PARTITION BY s.id ORDER BY s.seq) AS n
                  FROM raptor.staging_record s JOIN repeated USING (id)
                 WHERE s.run_id = :runId AND s.resource = :resource),
            dropped AS (
                DELETE FROM raptor.staging_record s
                 WHERE s.seq IN (SELECT seq FROM ranked WHERE n > 1)
                RETURNING s.seq, s.element_index, s.id, s.payload)
            INSERT INTO raptor.sync_run_rejection (run_id, resource, element_index, record_id, field, reason, payload)
            SELECT :runId, :resource, d.element_index, d.id, 'id', :reason,
                   coalesce(CAST(d.payload AS jsonb), m.payload)
              FROM dropped d LEFT JOIN %s m ON d.payload IS NULL AND m.id = d.id
             ORDER BY d.seq
            RETURNING element_index, record_id
            """;

    private final JdbcClient jdbc;

    public StagedLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Ends the staging of a list read whole: its duplicate ids are rejected (recorded, and each handed to
     * {@code onDuplicate} for the log) and the rows left are recorded for the merge's check, with the list's digest.
     * Returns that count. A list whose digest is that of the list last merged without a rejection has no duplicate
     * either, and is not searched for one.
     */
    public int finish(long runId, ResourceType type, Consumer<ListItem.Rejected<?>> onDuplicate) {
        var params = Map.<String, Object>of("runId", runId, "resource", type.table());
        var staged = jdbc.sql("""
                WITH list AS (
                    SELECT count(*) AS staged, md5(coalesce(string_agg(text_hash, '' ORDER BY seq), '')) AS digest
                      FROM raptor.staging_record WHERE run_id = :runId AND resource = :resource)
                SELECT staged, digest, EXISTS (SELECT 1 FROM raptor.merged_list d
                                                WHERE d.resource = :resource AND d.digest = list.digest) AS merged
                  FROM list
                """).params(params)
                .query((rs, n) -> new Staged(rs.getInt("staged"), rs.getString("digest"), rs.getBoolean("merged")))
                .single();
        int rows = staged.mergedBefore() ? staged.rows() : staged.rows() - rejectDuplicates(type, params, onDuplicate);
        jdbc.sql("""
                INSERT INTO raptor.staging_list (run_id, resource, staged_rows, digest)
                VALUES (:runId, :resource, :staged, :digest)
                ON CONFLICT (run_id, resource) DO UPDATE SET staged_rows = :staged, digest = :digest, lost = false
                """).params(params).param("staged", rows).param("digest", staged.digest()).update();
        return rows;
    }

    /** Rejects the list's duplicate ids; returns how many rows that removed. */
    private int rejectDuplicates(ResourceType type, Map<String, Object> params,
            Consumer<ListItem.Rejected<?>> onDuplicate) {
        var removed = new int[1];
        jdbc.sql(REJECT_DUPLICATES.formatted(MirrorTable.of(type).qualified())).params(params)
                .param("reason", StagingWriter.DUPLICATE_REASON)
                .query(rs -> {
                    int index = rs.getObject("element_index") == null ? -1 : rs.getInt("element_index");
                    onDuplicate.accept(new ListItem.Rejected<>(index, rs.getString("record_id"), "id",
                            StagingWriter.DUPLICATE_REASON, null));
                    removed[0]++;
                });
        return removed[0];
    }

    private record Staged(int rows, String digest, boolean mergedBefore) {
    }

    /**
     * Flags as lost, and describes, the lists of {@code runId} whose staged rows are not what their pull step
     * recorded (or whose pull recorded nothing).
     */
    public List<String> flagLost(long runId) {
        var lost = new ArrayList<String>();
        for (ResourceType type : ResourceType.values()) {
            String found = jdbc.sql("""
                    SELECT l.staged_rows,
                           (SELECT count(*) FROM raptor.staging_record s
                             WHERE s.run_id = :runId AND s.resource = :resource) AS found
                      FROM (SELECT 1) one
                      LEFT JOIN raptor.staging_list l ON l.run_id = :runId AND l.resource = :resource
                    """).param("runId", runId).param("resource", type.table())
                    .query((rs, n) -> {
                        long rows = rs.getLong("found");
                        long recorded = rs.getLong("staged_rows");
                        if (rs.wasNull()) {
                            return "no record of its pull, " + rows + " rows found";
                        }
                        return recorded == rows ? "" : recorded + " records staged by its pull, " + rows + " found";
                    }).single();
            if (!found.isEmpty()) {
                markLost(runId, type);
                lost.add(type.label() + ": " + found);
            }
        }
        return lost;
    }

    /**
     * True when a list staged whole and not merged yet is no longer all there (or a merge found it so): its pull
     * step has to run again, although it completed. Asked as a resumed run reaches the step.
     */
    public boolean lost(ResourceType type) {
        // A row exists only between a list's pull and its merge, and only for the latest run (the only one ever
        // resumed): a run drops what other runs staged when it starts.
        return jdbc.sql("""
                SELECT EXISTS (
                    SELECT 1 FROM raptor.staging_list l
                     WHERE l.resource = :resource
                       AND (l.lost OR l.staged_rows IS DISTINCT FROM (
                                SELECT count(*) FROM raptor.staging_record s
                                 WHERE s.run_id = l.run_id AND s.resource = l.resource)))
                """).param("resource", type.table()).query(Boolean.class).single();
    }

    /** Flags the list of {@code runId} and {@code type} lost: a resumed run pulls it again. */
    public void markLost(long runId, ResourceType type) {
        jdbc.sql("""
                INSERT INTO raptor.staging_list (run_id, resource, lost) VALUES (:runId, :resource, true)
                ON CONFLICT (run_id, resource) DO UPDATE SET lost = true
                """).param("runId", runId).param("resource", type.table()).update();
    }
}
