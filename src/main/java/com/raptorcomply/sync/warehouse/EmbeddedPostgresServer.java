package com.raptorcomply.sync.warehouse;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL server run from the bundled binaries, for the {@code demo}, for runs without
 * {@code SPRING_DATASOURCE_URL}, and for tests without Docker. The data directory is kept between starts, so
 * the warehouse survives; the port is picked free at every start. It listens on localhost only, with trust
 * authentication for user {@value #USERNAME}: a single-user tool, not a server to share.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    static final String USERNAME = "postgres";
    static final String DATABASE = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts PostgreSQL on {@code dataDirectory}: initialised on first use, reused as is afterwards. */
    public static EmbeddedPostgresServer start(Path dataDirectory) {
        return start(dataDirectory, Map.of());
    }

    /** As {@link #start(Path)}, with extra {@code postgresql.conf} settings (tests turn off fsync). */
    public static EmbeddedPostgresServer start(Path dataDirectory, Map<String, String> serverConfig) {
        try {
            Files.createDirectories(dataDirectory);
            var builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("listen_addresses", "localhost");
            serverConfig.forEach(builder::setServerConfig);
            return new EmbeddedPostgresServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL in " + dataDirectory.toAbsolutePath(), e);
        }
    }

    /** URL of the {@value #DATABASE} database, e.g. {@code jdbc:postgresql://localhost:54321/postgres}. */
    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    /** URL of another database of this server. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    public int port() {
        return postgres.getPort();
    }

    public String username() {
        return USERNAME;
    }

    /** Empty: the server trusts local connections. */
    public String password() {
        return "";
    }

    /** A non-pooling data source on the {@value #DATABASE} database. */
    public DataSource dataSource() {
        var dataSource = new PGSimpleDataSource();
        dataSource.setUrl(jdbcUrl());
        dataSource.setUser(USERNAME);
        return dataSource;
    }

    /** Stops the server (fast shutdown); the data directory stays. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop embedded PostgreSQL", e);
        }
    }
}
