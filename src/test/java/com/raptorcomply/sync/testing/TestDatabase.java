package com.raptorcomply.sync.testing;

import com.raptorcomply.sync.warehouse.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One PostgreSQL per test JVM, a fresh database per caller: a Testcontainers PostgreSQL when Docker is there,
 * else the embedded one in a temporary directory. Tests are the same either way.
 */
public final class TestDatabase {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private TestDatabase() {
    }

    /** A new, empty database ({@code rcsync_test_N}) on the shared server. */
    public static DatabaseCoordinates fresh() {
        String name = "rcsync_test_" + DATABASES.incrementAndGet();
        JdbcClient.create(Server.INSTANCE.admin().toDataSource()).sql("CREATE DATABASE " + name).update();
        return Server.INSTANCE.database(name);
    }

    /** A new database with every Flyway migration applied. */
    public static DatabaseCoordinates migrated() {
        var database = fresh();
        migrate(database.toDataSource());
        return database;
    }

    public static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    /** Empties every table of schema {@code raptor} and restarts its sequences: a clean slate between tests. */
    public static void truncateWarehouse(DataSource dataSource) {
        var jdbc = JdbcClient.create(dataSource);
        String tables = jdbc.sql("""
                SELECT string_agg(format('%I.%I', schemaname, tablename), ', ')
                  FROM pg_tables WHERE schemaname = 'raptor'
                """).query(String.class).single();
        jdbc.sql("TRUNCATE " + tables + " RESTART IDENTITY CASCADE").update();
    }

    /** The shared server, started on first use and stopped when the JVM exits. */
    private record Server(DatabaseCoordinates admin, String urlPrefix) {

        static final Server INSTANCE = start();

        DatabaseCoordinates database(String name) {
            return new DatabaseCoordinates(urlPrefix + name, admin.username(), admin.password());
        }

        private static Server start() {
            return DockerClientFactory.instance().isDockerAvailable() ? container() : embedded();
        }

        private static Server container() {
            var container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            String prefix = "jdbc:postgresql://" + container.getHost() + ":"
                    + container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT) + "/";
            return new Server(new DatabaseCoordinates(prefix + "postgres", container.getUsername(),
                    container.getPassword()), prefix);
        }

        private static Server embedded() {
            Path directory = temporaryDirectory();
            var server = EmbeddedPostgresServer.start(directory,
                    Map.of("fsync", "off", "synchronous_commit", "off", "full_page_writes", "off"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                deleteRecursively(directory);
            }));
            String prefix = server.jdbcUrl().substring(0, server.jdbcUrl().lastIndexOf('/') + 1);
            return new Server(new DatabaseCoordinates(server.jdbcUrl(), server.username(), server.password()),
                    prefix);
        }

        private static Path temporaryDirectory() {
            try {
                return Files.createTempDirectory("rcsync-test-pg");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void deleteRecursively(Path directory) {
            try (Stream<Path> paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
