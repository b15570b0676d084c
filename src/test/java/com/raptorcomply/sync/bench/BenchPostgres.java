package com.raptorcomply.sync.bench;

import com.raptorcomply.sync.warehouse.EmbeddedPostgresServer;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;

/**
 * The benchmark's one PostgreSQL: the bundled PostgreSQL 17 on data directory {@code args[0]}, started the way
 * the application's own embedded warehouse starts it (zonky: fsync and synchronous_commit off), with any further
 * {@code name=value} server settings given after it (e.g. {@code log_min_duration_statement=25} to profile). Prints
 * {@code jdbc_url=...} and {@code version=...}, then serves until its standard input closes or it is stopped;
 * either way the server is shut down.
 */
public final class BenchPostgres {

    private BenchPostgres() {
    }

    public static void main(String[] args) throws IOException, SQLException {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: BenchPostgres DATA_DIRECTORY [SETTING=VALUE ...]");
        }
        var settings = new LinkedHashMap<String, String>();
        for (String setting : Arrays.copyOfRange(args, 1, args.length)) {
            String[] nameValue = setting.split("=", 2);
            if (nameValue.length != 2) {
                throw new IllegalArgumentException("not a SETTING=VALUE server setting: " + setting);
            }
            settings.put(nameValue[0], nameValue[1]);
        }
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]), settings);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "bench-postgres-stop"));
        System.out.println("version=" + version(server.jdbcUrl()));
        System.out.println("jdbc_url=" + server.jdbcUrl());
        System.out.flush();
        while (System.in.read() >= 0) {
            // the benchmark script holds our standard input open while it needs the server
        }
        System.exit(0);
    }

    private static String version(String url) throws SQLException {
        try (var connection = DriverManager.getConnection(url, "postgres", "");
             var result = connection.createStatement().executeQuery("SHOW server_version")) {
            result.next();
            return "PostgreSQL " + result.getString(1);
        }
    }
}
