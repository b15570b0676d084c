package com.raptorcomply.sync.warehouse;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;

/**
 * Writes staged rows with PostgreSQL's {@code COPY ... FROM STDIN} (text format) on the connection of the caller's
 * transaction, so that a chunk's rows commit or roll back with the chunk.
 */
final class StagingCopy {

    private static final String COPY = "COPY raptor.staging_record (run_id, resource, id, name, payload, text_hash,"
            + " upstream_deleted, control_center_id, facility_id, cyber_system_id, asset_type, element_index)"
            + " FROM STDIN";

    private static final int SEND_BUFFER_BYTES = 64 * 1024;

    private final DataSource dataSource;

    StagingCopy(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void copy(long runId, List<StagedRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            stream(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY), runId, rows);
        } catch (SQLException e) {
            throw new SQLStateSQLExceptionTranslator().translate("staging " + rows.size() + " rows", COPY, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * Sends the rows as they are encoded, in buffers of 64 KB, so that PostgreSQL stores rows while the next are
     * encoded, and the chunk is never held whole as text.
     */
    private static void stream(CopyIn copy, long runId, List<StagedRow> rows) throws SQLException {
        var buffered = new PGCopyOutputStream(copy, SEND_BUFFER_BYTES);
        var line = new StringBuilder(1024);
        try {
            for (StagedRow row : rows) {
                line.setLength(0);
                encode(line, runId, row);
                byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
                buffered.writeToCopy(bytes, 0, bytes.length);
            }
            buffered.endCopy();
        } finally {
            if (buffered.isActive()) {
                buffered.cancelCopy();
            }
        }
    }

    private static void encode(StringBuilder out, long runId, StagedRow row) {
        var record = row.record();
        var relations = record.relations();
        out.append(runId).append('\t').append(record.type().table());
        field(out, record.id());
        field(out, record.name());
        field(out, row.payload());
        field(out, row.textHash());
        out.append('\t').append(record.deleted() ? 't' : 'f');
        field(out, relations.controlCenterId());
        field(out, relations.facilityId());
        field(out, relations.cyberSystemId());
        field(out, relations.assetType());
        field(out, row.elementIndex() == null ? null : row.elementIndex().toString());
        out.append('\n');
    }

    /** A tab, then the value in COPY's text format ({@link CopyText}). */
    private static void field(StringBuilder out, String value) {
        out.append('\t');
        CopyText.append(out, value);
    }
}
