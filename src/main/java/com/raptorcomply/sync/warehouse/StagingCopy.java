package com.raptorcomply.sync.warehouse;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;

/**
 * Writes staged rows with PostgreSQL's {@code COPY ... FROM STDIN} (text format) on the connection of the caller's
 * transaction, so that a chunk's rows commit or roll back with the chunk.
 */
final class StagingCopy {

    private static final String COPY = "COPY raptor.staging_record (run_id, resource, id, name, payload,"
            + " upstream_deleted, control_center_id, facility_id, cyber_system_id, asset_type, element_index)"
            + " FROM STDIN";

    private final DataSource dataSource;

    StagingCopy(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void copy(long runId, List<StagedRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String text = encode(runId, rows);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(text));
        } catch (SQLException e) {
            throw new SQLStateSQLExceptionTranslator().translate("staging " + rows.size() + " rows", COPY, e);
        } catch (IOException e) {
            throw new IllegalStateException("staging " + rows.size() + " rows failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static String encode(long runId, List<StagedRow> rows) {
        var out = new StringBuilder(rows.size() * 512);
        for (StagedRow row : rows) {
            var record = row.record();
            var relations = record.relations();
            out.append(runId).append('\t').append(record.type().table());
            field(out, record.id());
            field(out, record.name());
            field(out, row.payload());
            out.append('\t').append(record.deleted() ? 't' : 'f');
            field(out, relations.controlCenterId());
            field(out, relations.facilityId());
            field(out, relations.cyberSystemId());
            field(out, relations.assetType());
            field(out, row.elementIndex() == null ? null : row.elementIndex().toString());
            out.append('\n');
        }
        return out.toString();
    }

    /** A tab, then the value in COPY's text format: {@code \N} for null, backslash and line breaks escaped. */
    static void field(StringBuilder out, String value) {
        out.append('\t');
        if (value == null) {
            out.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
    }
}
