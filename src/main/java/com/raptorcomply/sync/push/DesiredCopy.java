package com.raptorcomply.sync.push;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/** Streams desired rows into the import's temporary table with COPY, the fastest way into PostgreSQL. */
final class DesiredCopy implements DesiredCsvReader.RowSink {

    private static final String COPY = """
            COPY pg_temp.desired_import (external_ref, name, cyber_system_id, asset_type, attributes, delete_requested)
            FROM STDIN WITH (FORMAT csv)""";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PGCopyOutputStream copy;
    private final CSVPrinter printer;

    DesiredCopy(Connection connection) throws SQLException, IOException {
        this.copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class), COPY, 64 * 1024);
        this.printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8),
                64 * 1024), CSVFormat.POSTGRESQL_CSV);
    }

    @Override
    public void accept(DesiredRow row) throws IOException {
        printer.printRecord(row.externalRef(), row.name(), row.cyberSystemId(), row.assetType(),
                json(row), row.deleteRequested());
    }

    /** Ends the COPY; returns the rows copied. */
    long finish() throws IOException, SQLException {
        printer.flush();
        return copy.endCopy();
    }

    /** Abandons the COPY so that the connection can roll back. */
    void cancel() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private static String json(DesiredRow row) throws JsonProcessingException {
        return JSON.writeValueAsString(row.attributes());
    }
}
