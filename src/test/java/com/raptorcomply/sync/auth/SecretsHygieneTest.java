package com.raptorcomply.sync.auth;

import static com.raptorcomply.sync.testing.SyncFixture.PRIMARY_KEY;
import static com.raptorcomply.sync.testing.SyncFixture.SECONDARY_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.client.ApiKey;
import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.client.KeySlot;
import com.raptorcomply.sync.simulator.KeyState;
import com.raptorcomply.sync.testing.CliRunner;
import com.raptorcomply.sync.testing.LogCapture;
import com.raptorcomply.sync.testing.SyncFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Neither key appears in any log line, output, database column or toString, whatever happened to the keys. */
class SecretsHygieneTest {

    @Test
    void noKeyInLogsOutputOrDatabase() {
        List<String> seen = new ArrayList<>();
        try (var fixture = SyncFixture.start(builder -> builder.dialect(Dialect.OPENAPI)
                .key(SECONDARY_KEY, KeyState.ACTIVE)); var logs = new LogCapture()) {
            CliRunner cli = fixture.cli().with("RAPTOR_COMPLY_API_KEY_SECONDARY", SECONDARY_KEY);
            record(seen, cli.run("check-keys"));
            record(seen, cli.run("sync"));
            KeyRotationTest.revokePrimaryWhileCyberSystemsAreRead(fixture);
            record(seen, cli.run("sync"));
            fixture.simulator().faults().clear();
            fixture.simulator().keys().set(SECONDARY_KEY, KeyState.EXPIRED);
            var noKeyLeft = cli.run("sync");
            record(seen, noKeyLeft);
            record(seen, cli.run("check-keys"));
            record(seen, cli.run("status"));
            record(seen, cli.run("status", "--json"));

            seen.addAll(logs.lines());
            seen.addAll(databaseDump(fixture));
            seen.add(new ApiKey(KeySlot.PRIMARY, PRIMARY_KEY).toString());
            var ring = new KeyRing();
            ring.load(Map.of(KeySlot.PRIMARY, new ApiKey(KeySlot.PRIMARY, PRIMARY_KEY)));
            seen.add(ring.toString());

            assertThat(String.join("\n", seen)).as("logs, outputs and database")
                    .contains("…0001", "…0002", "secondary")
                    .doesNotContain(PRIMARY_KEY).doesNotContain(SECONDARY_KEY)
                    .doesNotContain(PRIMARY_KEY.substring(0, 20)).doesNotContain(SECONDARY_KEY.substring(0, 20));
            assertThat(logs.lines()).isNotEmpty();
            assertThat(noKeyLeft.exitCode()).isEqualTo(3);
            assertThat(fixture.count("sync_run")).isEqualTo(2);
        }
    }

    private static void record(List<String> seen, CliRunner.Result result) {
        seen.add(result.out());
        seen.add(result.err());
    }

    /** Every text-like column of every table in schemas raptor and public (Spring Batch's tables included). */
    private static List<String> databaseDump(SyncFixture fixture) {
        List<String> dump = new ArrayList<>();
        var columns = fixture.jdbc().sql("""
                select c.table_schema, c.table_name, c.column_name from information_schema.columns c
                  join information_schema.tables t using (table_schema, table_name)
                 where c.table_schema in ('raptor', 'public') and t.table_type = 'BASE TABLE'
                   and c.data_type in ('text', 'character varying', 'jsonb', 'json', 'bytea', 'character')""")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        assertThat(columns).extracting(column -> column.get(1)).contains("batch_job_execution_params",
                "batch_step_execution_context", "sync_run", "cyber_asset");
        for (List<String> column : columns) {
            String sql = "select \"%s\"::text from \"%s\".\"%s\"".formatted(column.get(2), column.get(0), column.get(1));
            fixture.jdbc().sql(sql).query(String.class).list().forEach(value -> dump.add(String.valueOf(value)));
        }
        assertThat(dump).isNotEmpty();
        return dump;
    }
}
