package com.raptorcomply.sync.push;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The push as people read it: counts per action and outcome, the failed rows, and the plan as a table. */
@Component
public class PushReport {

    private static final String PLAN_ROW = "%-7s %-24s %-38s %-8s%s%n";

    private final JdbcClient jdbc;
    private final PushLedger ledger;

    PushReport(DataSource dataSource, PushLedger ledger) {
        this.jdbc = JdbcClient.create(dataSource);
        this.ledger = ledger;
    }

    /** Over a plain DataSource, without a context: for {@code status} on a warehouse that needs no migration. */
    public static PushReport over(DataSource dataSource) {
        return new PushReport(dataSource, new PushLedger(dataSource));
    }

    /** {@code action -> status -> rows} of one run, e.g. {@code {create={done=3, failed=1}}}. */
    public Map<String, Map<String, Long>> counts(long runId) {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT action, status, count(*) AS n FROM raptor.cyber_asset_push WHERE run_id = :run
                 GROUP BY action, status ORDER BY array_position(ARRAY['create', 'update', 'delete'], action), status
                """).param("run", runId).query((rs, n) -> {
                    counts.computeIfAbsent(rs.getString("action"), a -> new LinkedHashMap<>())
                            .put(rs.getString("status"), rs.getLong("n"));
                    return null;
                }).list();
        return counts;
    }

    /** {@code create 3 done, 1 failed; update 2 done}, or {@code nothing to push}. */
    public String countsLine(long runId) {
        return describe(counts(runId));
    }

    /** {@link #counts} as {@link #countsLine} words it. */
    public static String describe(Map<String, Map<String, Long>> counts) {
        if (counts.isEmpty()) {
            return "nothing to push";
        }
        return counts.entrySet().stream().map(action -> action.getKey() + " " + action.getValue().entrySet().stream()
                .map(status -> status.getValue() + " " + status.getKey()).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }

    /** One line per failed or still unsettled row: what, which row, and the API's or the local reason. */
    public List<String> problems(long runId) {
        return ledger.all(runId).stream().filter(row -> row.status().equals("failed") || row.status().equals("sent"))
                .map(row -> row.status() + " " + row.action().label() + " " + name(row) + ": "
                        + (row.httpStatus() == null ? "" : "HTTP " + row.httpStatus() + " ")
                        + (row.error() == null ? "" : row.error()) + (row.field() == null ? "" : " (field " + row.field() + ")")
                        + (row.message() == null ? "" : ": " + row.message()))
                .toList();
    }

    /** The plan as a table: action, external ref, remote id, status, then each changing field old -> new. */
    public List<String> planTable(long runId) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(PLAN_ROW, "action", "external_ref", "remote_id", "status", "").stripTrailing());
        for (LedgerRow row : ledger.all(runId)) {
            lines.add(String.format(PLAN_ROW, row.action().label(), dash(row.externalRef()), dash(row.remoteId()),
                    row.status(), row.message() == null ? "" : "  " + row.message()).stripTrailing());
            if (row.changes() != null) {
                row.changes().properties().forEach(field -> lines.add("        " + field.getKey() + ": "
                        + shown(field.getValue().get("old")) + " -> " + shown(field.getValue().get("new"))));
            }
        }
        return lines;
    }

    private static String name(LedgerRow row) {
        return row.externalRef() != null ? row.externalRef() : "remote " + row.remoteId();
    }

    private static String dash(String value) {
        return value == null ? "-" : value;
    }

    private static String shown(JsonNode value) {
        return value == null || value.isNull() ? "-" : value.toString();
    }
}
