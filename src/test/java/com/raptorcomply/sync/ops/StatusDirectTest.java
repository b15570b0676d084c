package com.raptorcomply.sync.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.testing.SyncFixture;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code status} reads a migrated warehouse directly, without a Spring context, and says exactly what the context
 * way says; a warehouse that needs migrating still gets it. Which way was taken is recorded through
 * {@link StatusCommand#sources}, the context way forced through the same seam.
 */
class StatusDirectTest {

    @TempDir
    Path temp;

    private final List<Boolean> ways = new ArrayList<>();

    @Test
    void aMigratedWarehouseIsReadDirectlyAndPrintsWhatTheContextPrints() throws Exception {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            givenCompletedPushAndFailedRunsAndASchedule(fixture);

            for (String[] args : List.of(new String[] {"status"}, new String[] {"status", "--json"},
                    new String[] {"status", "--limit", "2"})) {
                Run direct = status(fixture, Map.of(), StatusSources::open, args);
                Run context = status(fixture, Map.of(), StatusSources.viaContext(), args);

                assertThat(direct.exitCode()).as(direct.toString()).isZero();
                assertThat(withoutAge(direct.out())).as(String.join(" ", args)).isEqualTo(withoutAge(context.out()));
                assertThat(direct.err()).isEqualTo(context.err());
            }
            assertThat(ways).containsExactly(true, false, true, false, true, false);
            Run text = status(fixture, Map.of(), StatusSources::open, "status");
            assertThat(text.out()).contains("COMPLETED", "push: create 2 done", "FAILED",
                    "next: fix the cause, then 'restart --last-failed'", "Schedule: '0 0 2 * * ?' in Europe/Berlin",
                    "1 scheduler instance:");
        }
    }

    @Test
    void aWarehouseNeverMigratedIsMigratedByTheContextAsBefore() {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            Run first = status(fixture, Map.of(), StatusSources::open, "status");
            Run second = status(fixture, Map.of(), StatusSources::open, "status");

            assertThat(first.exitCode()).as(first.toString()).isZero();
            assertThat(pending(fixture)).isEmpty();
            assertThat(second.out()).isEqualTo(first.out());
            assertThat(ways).containsExactly(false, true);
        }
    }

    @Test
    void aWarehouseAtAnOlderMigrationIsMigratedByTheContextAsBefore() {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            MigrationInfo[] all = flyway(fixture).info().all();
            String older = all[all.length - 2].getVersion().getVersion();
            Flyway.configure().dataSource(fixture.dataSource()).schemas("raptor").locations("classpath:db/migration")
                    .target(older).load().migrate();

            Run first = status(fixture, Map.of(), StatusSources::open, "status");
            Run second = status(fixture, Map.of(), StatusSources::open, "status");

            assertThat(first.exitCode()).as(first.toString()).isZero();
            assertThat(pending(fixture)).isEmpty();
            assertThat(ways).containsExactly(false, true);
            assertThat(new MigrationLevel(CommandSettings.of(console(fixture, Map.of()))).shipped()).map(Object::toString)
                    .hasValue(all[all.length - 1].getVersion().toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"closed port", "missing database"})
    void aWarehouseThatCannotBeUsedGivesTheContextsLineAndExitCode(String problem) throws Exception {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            String url = problem.equals("closed port") ? "jdbc:postgresql://127.0.0.1:" + closedPort() + "/warehouse"
                    : fixture.cli().env().get("SPRING_DATASOURCE_URL").replaceFirst("/[^/?]+$", "/no_such_warehouse");
            var env = Map.of("SPRING_DATASOURCE_URL", url);

            Run direct = status(fixture, env, StatusSources::open, "status");
            Run context = status(fixture, env, StatusSources.viaContext(), "status");

            assertThat(direct.exitCode()).isEqualTo(context.exitCode())
                    .isEqualTo(problem.equals("closed port") ? ExitCode.RUN_FAILED : ExitCode.USAGE);
            assertThat(direct.err().lines()).singleElement().asString()
                    .isEqualTo(context.err().strip()).startsWith("status: ").contains("SPRING_DATASOURCE_URL");
        }
    }

    /** Run 1 completed, run 2 pushed two creates, run 3 failed; a schedule stored by a 'schedule' process. */
    private void givenCompletedPushAndFailedRunsAndASchedule(SyncFixture fixture) throws Exception {
        assertThat(fixture.cli().run("sync").exitCode()).isZero();
        String system = fixture.simulator().store().ids(ResourceType.CYBER_SYSTEM).get(0);
        Path csv = Files.writeString(temp.resolve("desired.csv"), "external_ref,name,cyber_system_id,asset_type\n"
                + "NEW-1,New asset 1," + system + ",hardware\nNEW-2,New asset 2," + system + ",hardware\n");
        assertThat(fixture.cli().run("import-desired", csv.toString()).exitCode()).isZero();
        assertThat(fixture.cli().run("sync").exitCode()).isZero();
        fixture.simulator().faults().htmlInsteadOfJson("/cyber-assets", 10);
        assertThat(fixture.cli().run("sync").exitCode()).isEqualTo(ExitCode.RUN_FAILED);
        fixture.simulator().faults().clear();
        storeSchedule(fixture);
    }

    /** The rows a 'schedule' process keeps in Quartz's tables (V11), written as Quartz writes them. */
    private static void storeSchedule(SyncFixture fixture) {
        var jdbc = fixture.jdbc();
        jdbc.sql("""
                INSERT INTO quartz.qrtz_job_details (sched_name, job_name, job_group, job_class_name, is_durable,
                                                     is_nonconcurrent, is_update_data, requests_recovery)
                VALUES ('raptor-comply-sync', 'scheduledSyncJob', 'DEFAULT', 'x', true, true, false, false)
                """).update();
        jdbc.sql("""
                INSERT INTO quartz.qrtz_triggers (sched_name, trigger_name, trigger_group, job_name, job_group,
                                                  next_fire_time, prev_fire_time, trigger_state, trigger_type, start_time)
                VALUES ('raptor-comply-sync', 'scheduledSyncTrigger', 'DEFAULT', 'scheduledSyncJob', 'DEFAULT',
                        1893542400000, 1893456000000, 'WAITING', 'CRON', 1893369600000)
                """).update();
        jdbc.sql("""
                INSERT INTO quartz.qrtz_cron_triggers (sched_name, trigger_name, trigger_group, cron_expression,
                                                       time_zone_id)
                VALUES ('raptor-comply-sync', 'scheduledSyncTrigger', 'DEFAULT', '0 0 2 * * ?', 'Europe/Berlin')
                """).update();
        jdbc.sql("""
                INSERT INTO quartz.qrtz_scheduler_state (sched_name, instance_name, last_checkin_time, checkin_interval)
                VALUES ('raptor-comply-sync', 'host-a1700000000000', 1700000000000, 5000)
                """).update();
    }

    /** {@code status} through the real command line, its warehouse opened by {@code sources}; records which way. */
    private Run status(SyncFixture fixture, Map<String, String> env, Function<Console, StatusSources> sources,
            String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        try (var outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                var errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            var line = new Cli(new Console(console(fixture, env).env(), outStream, errStream)).commandLine();
            StatusCommand command = line.getSubcommands().get("status").getCommand();
            command.sources = console -> {
                StatusSources opened = sources.apply(console);
                ways.add(opened.direct());
                return opened;
            };
            int exitCode = line.execute(args);
            return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    private static Console console(SyncFixture fixture, Map<String, String> env) {
        var variables = new java.util.HashMap<>(fixture.cli().env());
        variables.putAll(env);
        return new Console(variables, System.out, System.err);
    }

    private static Flyway flyway(SyncFixture fixture) {
        return Flyway.configure().dataSource(fixture.dataSource()).schemas("raptor").locations("classpath:db/migration")
                .load();
    }

    private static List<MigrationInfo> pending(SyncFixture fixture) {
        return Arrays.asList(flyway(fixture).info().pending());
    }

    /** "(12 s ago)" in the schedule section counts on between two runs: the rest must be the same. */
    private static String withoutAge(String output) {
        return output.replaceAll("\\(\\d+ s ago\\)", "(N s ago)");
    }

    private static int closedPort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private record Run(int exitCode, String out, String err) {
    }
}
