package com.raptorcomply.sync.bench;

import com.raptorcomply.sync.client.ResourceType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * What a sync cannot beat, measured against the same API and PostgreSQL as the sync: (a) downloading the four
 * lists' bodies as bytes, no parsing; (b) {@code COPY} of the same rows ({@code id text, payload jsonb}) into a
 * bare table. The lists are first read once untimed to build the COPY input (which also warms the server up),
 * then downloaded three times under the clock (the median counts: one download of a second varies by a tenth or
 * two, and the no-change target is 1.5 times it), then copied under the clock. Settings come from the variables the
 * application reads: {@code RAPTOR_COMPLY_BASE_URL}, {@code RAPTOR_COMPLY_API_KEY}, {@code SPRING_DATASOURCE_URL}.
 * Prints {@code download_bytes=B download_seconds=S rows=R copy_seconds=C}.
 */
public final class FloorProbe {

    private static final int DOWNLOADS = 3;

    /** The floor's parts: seconds to download {@code bytes}, seconds to COPY {@code rows}. */
    record Floor(long bytes, double downloadSeconds, long rows, double copySeconds) {
    }

    private FloorProbe() {
    }

    public static void main(String[] args) throws IOException, SQLException {
        var dataSource = new PGSimpleDataSource();
        dataSource.setUrl(required("SPRING_DATASOURCE_URL"));
        dataSource.setUser(System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres"));
        dataSource.setPassword(System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", ""));
        Path rows = Files.createTempFile("rcsync-floor", ".copy");
        try {
            Floor floor = measure(new ListDownload(required("RAPTOR_COMPLY_BASE_URL"), required("RAPTOR_COMPLY_API_KEY")),
                    dataSource, rows);
            System.out.printf(Locale.ROOT, "download_bytes=%d download_seconds=%.3f rows=%d copy_seconds=%.3f%n",
                    floor.bytes(), floor.downloadSeconds(), floor.rows(), floor.copySeconds());
        } finally {
            Files.deleteIfExists(rows);
        }
    }

    static Floor measure(ListDownload api, DataSource database, Path rowsFile) throws IOException, SQLException {
        long rows = writeRows(api, rowsFile);
        double[] seconds = new double[DOWNLOADS];
        long bytes = -1;
        for (int i = 0; i < DOWNLOADS; i++) {
            long started = System.nanoTime();
            long downloaded = 0;
            for (ResourceType type : ResourceType.values()) {
                downloaded += api.discard(type.path());
            }
            seconds[i] = (System.nanoTime() - started) / 1e9;
            if (bytes >= 0 && downloaded != bytes) {
                throw new IllegalStateException("the lists changed while measured: " + bytes + " bytes, then "
                        + downloaded);
            }
            bytes = downloaded;
        }
        Arrays.sort(seconds);
        return new Floor(bytes, seconds[DOWNLOADS / 2], rows, copySeconds(database, rowsFile, rows));
    }

    private static long writeRows(ListDownload api, Path rowsFile) throws IOException {
        long rows = 0;
        try (Writer out = Files.newBufferedWriter(rowsFile, StandardCharsets.UTF_8)) {
            for (ResourceType type : ResourceType.values()) {
                try (InputStream body = api.open(type.path())) {
                    rows += CopyFile.writeRows(body, out);
                }
            }
        }
        return rows;
    }

    /** Seconds for one COPY of the rows into a new bare table, which is dropped again. */
    private static double copySeconds(DataSource database, Path rowsFile, long expectedRows)
            throws IOException, SQLException {
        try (var connection = database.getConnection();
             var statement = connection.createStatement();
             BufferedReader rows = Files.newBufferedReader(rowsFile, StandardCharsets.UTF_8)) {
            statement.execute("DROP TABLE IF EXISTS bench_floor");
            statement.execute("CREATE TABLE bench_floor (id text, payload jsonb)");
            long started = System.nanoTime();
            long copied = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY bench_floor (id, payload) FROM STDIN", rows);
            double seconds = (System.nanoTime() - started) / 1e9;
            statement.execute("DROP TABLE bench_floor");
            if (copied != expectedRows) {
                throw new IllegalStateException("COPY took " + copied + " rows, the lists had " + expectedRows);
            }
            return seconds;
        }
    }

    private static String required(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(variable + " is not set");
        }
        return value;
    }
}
