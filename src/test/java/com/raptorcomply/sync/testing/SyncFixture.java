package com.raptorcomply.sync.testing;

import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.simulator.KeyState;
import com.raptorcomply.sync.simulator.RaptorComplySimulator;
import com.raptorcomply.sync.simulator.RaptorComplySimulatorBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.raptorcomply.sync.client.ResourceType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A simulator and a fresh PostgreSQL database, with the command line pointed at both: what a user has after
 * setting the environment. Retries are fast so that failure tests take milliseconds, not minutes.
 */
public final class SyncFixture implements AutoCloseable {

    public static final String PRIMARY_KEY = "rc_live_primary_test_key_0001";
    public static final String SECONDARY_KEY = "rc_live_secondary_test_key_0002";

    private final RaptorComplySimulator simulator;
    private final DatabaseCoordinates database;
    private final DataSource dataSource;

    private SyncFixture(RaptorComplySimulator simulator, DatabaseCoordinates database) {
        this.simulator = simulator;
        this.database = database;
        this.dataSource = database.toDataSource();
    }

    /** A small data set in the given dialect, the primary key active. */
    public static SyncFixture start(Dialect dialect) {
        return start(builder -> builder.dialect(dialect));
    }

    public static SyncFixture start(UnaryOperator<RaptorComplySimulatorBuilder> data) {
        var builder = RaptorComplySimulator.builder().seed(7).facilities(6).controlCenters(2).cyberSystems(12)
                .cyberAssets(60).key(PRIMARY_KEY, KeyState.ACTIVE);
        return new SyncFixture(data.apply(builder).build().start(0), TestDatabase.fresh());
    }

    public RaptorComplySimulator simulator() {
        return simulator;
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The command line with this fixture's environment: database, simulator, primary key, fast retries. */
    public CliRunner cli() {
        return new CliRunner().withAll(Map.of(
                "SPRING_DATASOURCE_URL", database.url(),
                "SPRING_DATASOURCE_USERNAME", database.username(),
                "SPRING_DATASOURCE_PASSWORD", database.password(),
                "RAPTOR_COMPLY_BASE_URL", simulator.baseUrl(),
                "RAPTOR_COMPLY_API_KEY", PRIMARY_KEY,
                "RCSYNC_RETRY_MAX_ATTEMPTS", "3",
                "RCSYNC_RETRY_INITIAL_BACKOFF", "10ms",
                "RCSYNC_RETRY_MAX_BACKOFF", "50ms"));
    }

    /** The list the API serves for {@code type} right now, element by element as sent, keyed by id. */
    public Map<String, JsonNode> listAsSent(ResourceType type) {
        try {
            var request = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + type.path()))
                    .header("X-API-Key", PRIMARY_KEY).build();
            String body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
            Map<String, JsonNode> byId = new LinkedHashMap<>();
            new ObjectMapper().readTree(body).forEach(element -> byId.put(element.get("id").asText(), element));
            return byId;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The server's maintenance database, to reach while the test database refuses connections. */
    public JdbcClient maintenance() {
        var test = (org.postgresql.ds.PGSimpleDataSource) dataSource;
        var admin = new org.postgresql.ds.PGSimpleDataSource();
        admin.setServerNames(test.getServerNames());
        admin.setPortNumbers(test.getPortNumbers());
        admin.setUser(test.getUser());
        admin.setPassword(test.getPassword());
        admin.setDatabaseName("postgres");
        return JdbcClient.create(admin);
    }

    /** Rows of a table or view in schema {@code raptor}. */
    public long count(String table) {
        return jdbc().sql("select count(*) from raptor." + table).query(Long.class).single();
    }

    @Override
    public void close() {
        simulator.close();
    }
}
