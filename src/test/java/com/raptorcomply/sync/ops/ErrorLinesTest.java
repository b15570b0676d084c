package com.raptorcomply.sync.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.testing.CliRunner;
import com.raptorcomply.sync.testing.LogCapture;
import com.raptorcomply.sync.testing.SyncFixture;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every error in one clear line, with the contract's exit code, as a user meets it on the command line. */
class ErrorLinesTest {

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "jdbc:mysql://localhost:3306/warehouse?password=hunter2"})
    void aDatasourceUrlThatIsNotPostgresqlIsAConfigurationErrorNamingTheVariable(String url) {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            var sync = fixture.cli().with("SPRING_DATASOURCE_URL", url).run("sync");
            var status = fixture.cli().with("SPRING_DATASOURCE_URL", url).run("status");

            assertThat(sync.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(sync.err().lines()).singleElement().asString()
                    .startsWith("sync: SPRING_DATASOURCE_URL must be a PostgreSQL JDBC URL").doesNotContain("hunter2");
            assertThat(status.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(status.err()).contains("SPRING_DATASOURCE_URL");
            assertThat(fixture.simulator().requests()).isEmpty();
        }
    }

    @Test
    void aWarehouseThatCannotBeReachedAtStartIsSaidInOneLineWithoutAStackTrace() {
        try (var fixture = SyncFixture.start(Dialect.DOCS); var logs = new LogCapture()) {
            var sync = fixture.cli().with("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:1/warehouse")
                    .run("sync");

            assertThat(sync.exitCode()).isEqualTo(ExitCode.RUN_FAILED);
            assertThat(sync.err().lines()).singleElement().asString()
                    .startsWith("sync: failed: cannot use the warehouse (SPRING_DATASOURCE_URL): Connection to")
                    .contains("check that PostgreSQL is reachable").doesNotContain("lost the connection");
            assertThat(logs.lines()).noneMatch(line -> line.startsWith("[ERROR]"));
        }
    }

    @Test
    void aMigrationTheDatabaseRefusesIsNamedWithTheObjectInItsWayAndChangesNothing() {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            Flyway.configure().dataSource(fixture.dataSource()).schemas("raptor").locations("classpath:db/migration")
                    .target("18").load().migrate();
            fixture.jdbc().sql("CREATE VIEW public.my_hashes AS SELECT id, payload_hash FROM raptor.cyber_asset")
                    .update();

            var sync = fixture.cli().run("sync");

            assertThat(sync.exitCode()).as(sync.toString()).isEqualTo(ExitCode.RUN_FAILED);
            assertThat(sync.err().lines()).singleElement().asString()
                    .startsWith("sync: failed: the warehouse's schema could not be brought up to date: ")
                    .contains("V19__mirror_without_payload_hash.sql (ERROR: cannot drop column payload_hash")
                    .contains("view my_hashes depends on column payload_hash")
                    .contains("rolled back").doesNotContain("CASCADE").doesNotContain("reachable");
            assertThat(fixture.jdbc().sql("SELECT count(*) FROM information_schema.columns WHERE table_schema ="
                    + " 'raptor' AND table_name = 'cyber_asset' AND column_name = 'payload_hash'")
                    .query(Integer.class).single()).isEqualTo(1);
            assertThat(fixture.count("sync_run")).isZero();
        }
    }

    @Test
    void restartingAnExecutionThatDoesNotExistIsAUsageError() {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            var result = fixture.cli().run("restart", "999");

            assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(result.err().lines()).singleElement().asString().contains("no execution 999");
        }
    }

    @Test
    void wrongNumberSettingsGiveOneLineEachNamingTheVariable() {
        try (var fixture = SyncFixture.start(Dialect.DOCS); var logs = new LogCapture()) {
            var unreadable = fixture.cli().with("RCSYNC_MAX_SHRINK_PERCENT", "abc").run("sync");
            var outOfRange = fixture.cli().with("RCSYNC_MAX_SHRINK_PERCENT", "150").with("RCSYNC_CHUNK_SIZE", "0")
                    .run("sync");

            assertThat(unreadable.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(unreadable.err().lines()).containsExactly(
                    "sync: RCSYNC_MAX_SHRINK_PERCENT=abc is invalid: expected a whole number");
            assertThat(outOfRange.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(outOfRange.err().lines()).containsExactlyInAnyOrder(
                    "sync: RCSYNC_CHUNK_SIZE=0 is invalid: must be greater than or equal to 1",
                    "sync: RCSYNC_MAX_SHRINK_PERCENT=150 is invalid: must be less than or equal to 100");
            assertThat(fixture.simulator().requests()).isEmpty();
            assertThat(logs.lines()).as("logs go to stderr too: nothing repeats the one-line errors")
                    .noneMatch(line -> line.startsWith("[WARN]") || line.startsWith("[ERROR]"));
        }
    }

    @Test
    void aUserWhoMayNotCreateTheSchemaIsToldWhatToGrant() {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            String user = loginRole(fixture);

            var result = asUser(fixture, user).run("status");

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.USAGE);
            assertThat(result.err().lines()).singleElement().asString()
                    .contains("permission denied for database " + database(fixture))
                    .contains("GRANT CREATE ON DATABASE " + database(fixture) + " TO " + user);
        }
    }

    @Test
    void aUserWhoMayNotCreateTheBatchTablesIsToldWhatToGrant() {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            String user = loginRole(fixture);
            fixture.jdbc().sql("GRANT CREATE ON DATABASE " + database(fixture) + " TO " + user).update();
            fixture.jdbc().sql("REVOKE CREATE ON SCHEMA public FROM PUBLIC").update();

            var result = asUser(fixture, user).run("status");

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.USAGE);
            assertThat(result.err().lines()).singleElement().asString()
                    .contains("Spring Batch's tables")
                    .contains("GRANT USAGE, CREATE ON SCHEMA public TO " + user);
        }
    }

    @Test
    void theWarehouseLostMidRunSaysTheCauseFirstThenWhatToRun() throws Exception {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            fixture.simulator().faults().delay("GET", "/cyber-systems", Duration.ofSeconds(3));
            String database = database(fixture);
            var running = CompletableFuture.supplyAsync(() -> fixture.cli()
                    .with("SPRING_DATASOURCE_HIKARI_CONNECTION_TIMEOUT", "2000").run("sync"));
            awaitStep(fixture, running);

            CliRunner.Result result;
            try {
                fixture.maintenance().sql("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false").update();
                fixture.maintenance().sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :database")
                        .param("database", database).query(Boolean.class).list();
                result = running.get(120, TimeUnit.SECONDS);
            } finally {
                fixture.maintenance().sql("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true").update();
            }

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.RUN_FAILED);
            String last = result.err().strip().lines().reduce((first, second) -> second).orElseThrow();
            assertThat(last).as(result.toString()).contains("lost the connection to the warehouse")
                    .contains("not currently accepting connections").endsWith("run 'sync --resume' (it recovers"
                            + " and resumes the interrupted run)");
            assertThat(result.err()).doesNotContain("cannot release the run lock");

            fixture.simulator().faults().clear();
            var resumed = fixture.cli().run("sync", "--resume");
            assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
            assertThat(fixture.count("sync_run")).isEqualTo(1);
            assertThat(fixture.count("cyber_asset")).isEqualTo(60);
        }
    }

    private static void awaitStep(SyncFixture fixture, CompletableFuture<CliRunner.Result> running)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!InterruptedRunTest.stepRunning(fixture, "pullCyberSystems")) {
            assertThat(running).as("the sync ended before pullCyberSystems started").isNotDone();
            assertThat(System.nanoTime()).as("pullCyberSystems started within 60 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** A LOGIN role with no privilege beyond what PUBLIC has (CONNECT, no CREATE on the database). */
    private static String loginRole(SyncFixture fixture) {
        String user = "norights_" + System.nanoTime();
        fixture.jdbc().sql("CREATE ROLE " + user + " LOGIN PASSWORD 'norights'").update();
        return user;
    }

    private static CliRunner asUser(SyncFixture fixture, String user) {
        return fixture.cli().with("SPRING_DATASOURCE_USERNAME", user).with("SPRING_DATASOURCE_PASSWORD", "norights");
    }

    private static String database(SyncFixture fixture) {
        return fixture.jdbc().sql("SELECT current_database()").query(String.class).single();
    }
}
