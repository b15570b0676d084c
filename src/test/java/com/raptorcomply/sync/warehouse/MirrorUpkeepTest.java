package com.raptorcomply.sync.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.testing.CliRunner;
import com.raptorcomply.sync.testing.LogCapture;
import com.raptorcomply.sync.testing.SyncFixture;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * A merge that wrote much of a mirror table vacuums it, so that the next pull reads the table's known texts from
 * its index alone (V21); a night that wrote little leaves it to autovacuum.
 */
class MirrorUpkeepTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aFirstSyncVacuumsEveryMirrorTableSoThatItsKnownTextsAreReadFromTheIndexAlone() throws Exception {
        try (var fixture = SyncFixture.start(data -> data.cyberAssets(300)); var logs = new LogCapture()) {
            CliRunner.Result first = fixture.cli().run("sync");

            assertThat(first.exitCode()).as(first.toString()).isZero();
            assertThat(logs.lines()).anyMatch(line -> line.contains(
                    "cyber assets: vacuumed raptor.cyber_asset after the merge wrote 300 of its rows, in "));
            for (ResourceType type : ResourceType.values()) {
                JsonNode plan = plan(fixture, type);
                assertThat(plan.path("Node Type").asText()).as("%s: %s", type, plan).isEqualTo("Index Only Scan");
                assertThat(plan.path("Index Name").asText()).isEqualTo(type.table() + "_known_text_idx");
                // the visibility map says every page is visible to all: not one row read from the table
                assertThat(plan.path("Heap Fetches").asLong(-1)).as("%s: %s", type, plan).isZero();
                assertThat(plan.path("Actual Rows").asLong()).isEqualTo(fixture.count(type.table()));
            }

            int before = logs.lines().size();
            String changed = fixture.simulator().store().ids(ResourceType.CYBER_ASSET).get(7);
            fixture.simulator().store().update(ResourceType.CYBER_ASSET, changed, asset -> asset.put("model", "X-2"));
            CliRunner.Result next = fixture.cli().run("sync");

            assertThat(next.exitCode()).as(next.toString()).isZero();
            assertThat(logs.linesAfter(before)).noneMatch(line -> line.contains("vacuumed"));
        }
    }

    @Test
    void aTableIsVacuumedWhenTheMergeWroteAFifthOfItsRowsOrMore() {
        assertThat(MirrorUpkeep.needsVacuum(new MergeCounts(300, 0, 0, 0, 0, 0))).isTrue();
        assertThat(MirrorUpkeep.needsVacuum(new MergeCounts(0, 6, 3, 3, 48, 0))).isTrue();
        assertThat(MirrorUpkeep.needsVacuum(new MergeCounts(0, 11, 0, 0, 49, 2))).isFalse();
        assertThat(MirrorUpkeep.needsVacuum(new MergeCounts(0, 0, 0, 0, 60, 0))).isFalse();
        assertThat(MirrorUpkeep.needsVacuum(new MergeCounts(0, 0, 0, 0, 0, 0))).isFalse();
    }

    @Test
    void aWarehouseLostAfterTheRunIsLoggedAndNothingIsThrown() {
        var unreachable = new PGSimpleDataSource();
        unreachable.setUrl("jdbc:postgresql://127.0.0.1:1/nowhere");
        var upkeep = new MirrorUpkeep(new JdbcTemplate(unreachable), new JdbcTransactionManager(unreachable),
                new SyncRunRepository(JdbcClient.create(unreachable)));

        try (var logs = new LogCapture()) {
            upkeep.afterRun(1);

            assertThat(logs.lines()).anyMatch(line -> line.startsWith("[WARN]")
                    && line.contains("Could not vacuum the mirror tables the merge wrote (")
                    && line.contains("the merge stands"));
        }
    }

    @Test
    void aWarehouseLostBetweenReadingTheRunAndVacuumingIsLoggedAndNothingIsThrown() throws Exception {
        try (var fixture = SyncFixture.start(data -> data.cyberAssets(30))) {
            assertThat(fixture.cli().run("sync").exitCode()).isZero();
            long runId = fixture.jdbc().sql("SELECT max(run_id) FROM raptor.sync_run").query(Long.class).single();
            DataSource lostAfterOneConnection = new DelegatingDataSource(fixture.dataSource()) {
                private final AtomicInteger connections = new AtomicInteger();

                @Override
                public Connection getConnection() throws SQLException {
                    if (connections.incrementAndGet() > 1) {
                        throw new SQLException("Connection refused (the warehouse went away)");
                    }
                    return super.getConnection();
                }
            };
            var upkeep = new MirrorUpkeep(new JdbcTemplate(lostAfterOneConnection),
                    new JdbcTransactionManager(lostAfterOneConnection),
                    new SyncRunRepository(JdbcClient.create(lostAfterOneConnection)));

            try (var logs = new LogCapture()) {
                upkeep.afterRun(runId);   // the run's counts are read; the flush's transaction cannot begin

                assertThat(logs.lines()).anyMatch(line -> line.startsWith("[WARN]")
                        && line.contains("Could not vacuum the mirror tables the merge wrote (Connection refused"));
            }
        }
    }

    /** The executed plan of the pull's read of {@code type}'s known texts, with every other way to it turned off. */
    private static JsonNode plan(SyncFixture fixture, ResourceType type) throws Exception {
        try (Connection connection = fixture.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            for (String setting : List.of("enable_seqscan", "enable_bitmapscan")) {
                statement.execute("SET " + setting + " = off");
            }
            try (ResultSet rows = statement.executeQuery(
                    "EXPLAIN (ANALYZE, FORMAT JSON) " + MirrorTexts.query(type))) {
                rows.next();
                return JSON.readTree(rows.getString(1)).get(0).get("Plan");
            }
        }
    }
}
