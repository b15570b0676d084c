package com.raptorcomply.sync.push;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The push ledger, {@code raptor.cyber_asset_push}: the plan as {@code planned} rows, each marked {@code sent}
 * (committed) before its request goes out, then {@code done} or {@code failed} with the answer. A row left
 * {@code sent} has an unknown outcome until {@link Settler} settles it.
 */
@Component
class PushLedger {

    private static final String COLUMNS = "push_id, run_id, external_ref, remote_id, action, request::text AS request,"
            + " changes::text AS changes, status, http_status, error, field, message, attempts";

    private final JdbcClient jdbc;

    PushLedger(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    void insert(long runId, List<PlannedWrite> writes) {
        for (PlannedWrite write : writes) {
            var failure = write.failure();
            jdbc.sql("""
                    INSERT INTO raptor.cyber_asset_push (run_id, external_ref, remote_id, action, request, changes,
                                                         status, error, field, message)
                    VALUES (:run, :ref, :remoteId, :action, CAST(:request AS jsonb), CAST(:changes AS jsonb),
                            :status, :error, :field, :message)
                    """).param("run", runId).param("ref", write.externalRef()).param("remoteId", write.remoteId())
                    .param("action", write.action().label()).param("request", PushJson.write(write.request()))
                    .param("changes", PushJson.write(write.changes()))
                    .param("status", failure == null ? "planned" : "failed")
                    .param("error", failure == null ? null : failure.error())
                    .param("field", failure == null ? null : failure.field())
                    .param("message", failure == null ? null : failure.message()).update();
        }
    }

    /** Rows of any run whose request went out without a known outcome. */
    List<LedgerRow> unsettled() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM raptor.cyber_asset_push WHERE status = 'sent' ORDER BY push_id")
                .query(PushLedger::row).list();
    }

    /**
     * How long until no create left {@code sent} can still be in flight: its client gave up at the latest
     * {@code callTimeout} after its {@code sent_at}. Measured on the database's clock, which stamped {@code sent_at}.
     */
    Duration untilUnsettledCreatesLanded(Duration callTimeout) {
        double seconds = jdbc.sql("""
                SELECT coalesce(extract(epoch FROM max(sent_at) + make_interval(secs => :timeout) - now()), 0)
                  FROM raptor.cyber_asset_push WHERE status = 'sent' AND action = 'create'
                """).param("timeout", callTimeout.toMillis() / 1000.0).query(Double.class).single();
        return seconds <= 0 ? Duration.ZERO : Duration.ofMillis((long) (seconds * 1000));
    }

    List<LedgerRow> planned(long runId) {
        return rows(runId, "AND status = 'planned'");
    }

    List<LedgerRow> all(long runId) {
        return rows(runId, "");
    }

    private List<LedgerRow> rows(long runId, String condition) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM raptor.cyber_asset_push WHERE run_id = :run " + condition
                + " ORDER BY push_id").param("run", runId).query(PushLedger::row).list();
    }

    /**
     * Committed before the requests of these rows go out (one transaction, one WAL flush for the whole window): a
     * crash after this leaves them {@code sent}, to be settled, whether their requests went out or not.
     */
    void markSent(List<LedgerRow> window) {
        jdbc.sql("UPDATE raptor.cyber_asset_push SET status = 'sent', attempts = attempts + 1, sent_at = now(),"
                + " updated_at = now() WHERE push_id IN (:ids)").param("ids", ids(window)).update();
    }

    /** A row marked a while ago whose request is about to go out now: its {@code sent_at} moves to now. */
    void remark(LedgerRow row) {
        jdbc.sql("UPDATE raptor.cyber_asset_push SET sent_at = now(), updated_at = now() WHERE push_id = :id")
                .param("id", row.pushId()).update();
    }

    /** Rows marked {@code sent} whose requests are known never to have gone out (a stop): planned again. */
    void unmarkSent(List<LedgerRow> rows) {
        if (!rows.isEmpty()) {
            jdbc.sql("UPDATE raptor.cyber_asset_push SET status = 'planned', attempts = attempts - 1,"
                    + " updated_at = now() WHERE status = 'sent' AND push_id IN (:ids)").param("ids", ids(rows)).update();
        }
    }

    private static List<Long> ids(List<LedgerRow> rows) {
        return rows.stream().map(LedgerRow::pushId).toList();
    }

    void done(long pushId, String remoteId, Integer httpStatus) {
        set(pushId, "done", remoteId, httpStatus, null, null, null);
    }

    void failed(long pushId, Integer httpStatus, String error, String field, String message) {
        set(pushId, "failed", null, httpStatus, error, field, message);
    }

    /** The outcome stays unknown: the row stays {@code sent}, with what is known of the attempt. */
    void unknown(long pushId, Integer httpStatus, String message) {
        set(pushId, "sent", null, httpStatus, "outcome_unknown", null, message);
    }

    /** Settled as not applied: the row goes back to {@code planned}, to be sent again by this run. */
    void replan(long pushId, String message) {
        set(pushId, "planned", null, null, null, null, message);
    }

    private void set(long pushId, String status, String remoteId, Integer httpStatus, String error, String field,
            String message) {
        jdbc.sql("""
                UPDATE raptor.cyber_asset_push
                   SET status = :status, remote_id = coalesce(:remoteId, remote_id), http_status = :http,
                       error = :error, field = :field, message = :message, updated_at = now()
                 WHERE push_id = :id
                """).param("status", status).param("remoteId", remoteId).param("http", httpStatus)
                .param("error", error).param("field", field).param("message", message).param("id", pushId).update();
    }

    private static LedgerRow row(ResultSet rs, int n) throws SQLException {
        Integer http = rs.getObject("http_status", Integer.class);
        return new LedgerRow(rs.getLong("push_id"), rs.getLong("run_id"), rs.getString("external_ref"),
                rs.getString("remote_id"), PushAction.of(rs.getString("action")),
                rs.getString("request") == null ? null : PushJson.object(rs.getString("request")),
                rs.getString("changes") == null ? null : PushJson.object(rs.getString("changes")),
                rs.getString("status"), http, rs.getString("error"), rs.getString("field"),
                rs.getString("message"), rs.getInt("attempts"));
    }
}
