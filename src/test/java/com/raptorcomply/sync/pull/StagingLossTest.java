package com.raptorcomply.sync.pull;

import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.ops.ExitCode;
import com.raptorcomply.sync.testing.SyncFixture;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The staging table is unlogged: a PostgreSQL crash empties it. A run whose lists were pulled, then lost before
 * the merge, never merges the empty staging (which would mark everything deleted): resuming it pulls them again.
 * The shrink guard is off here, so that only the staging check can save the mirror.
 */
class StagingLossTest {

    private static final String FAIL_THE_MERGE = """
            CREATE FUNCTION raptor.test_merge_fails() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'the merge was interrupted (test)'; END $$;
            CREATE TRIGGER test_merge_fails BEFORE INSERT OR UPDATE ON raptor.sync_run_resource
               FOR EACH ROW EXECUTE FUNCTION raptor.test_merge_fails();
            """;

    @Test
    void listsLostAfterThePullArePulledAgainByTheResumeAndNothingIsMarkedDeleted() {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            var cli = fixture.cli().with("RCSYNC_MAX_SHRINK_PERCENT", "100");
            assertThat(cli.run("sync").exitCode()).isZero();
            long listed = fixture.count("facility") + fixture.count("control_center") + fixture.count("cyber_system")
                    + fixture.count("cyber_asset");
            fixture.simulator().store().remove(ResourceType.CYBER_ASSET, firstAssetId(fixture));
            fixture.jdbc().sql(FAIL_THE_MERGE).update();

            var interrupted = cli.run("sync");

            assertThat(interrupted.exitCode()).as(interrupted.toString()).isEqualTo(ExitCode.RUN_FAILED);
            assertThat(interrupted.err()).contains("Run 2 FAILED").contains("the merge was interrupted");
            assertThat(fixture.count("staging_record")).isEqualTo(listed - 1);

            fixture.jdbc().sql("DROP TRIGGER test_merge_fails ON raptor.sync_run_resource").update();
            fixture.jdbc().sql("TRUNCATE raptor.staging_record").update();
            fixture.simulator().clearRequests();
            var resumed = cli.run("sync", "--resume");

            assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
            assertThat(RestartAfterFailureTest.listRequests(fixture)).containsExactlyInAnyOrder(
                    "/facilities", "/control-centers", "/cyber-systems", "/cyber-assets");
            assertThat(fixture.count("cyber_asset_history where change = 'deleted'")).isEqualTo(1);
            assertThat(fixture.count("facility_history where change = 'deleted'")
                    + fixture.count("cyber_system_history where change = 'deleted'")
                    + fixture.count("control_center_history where change = 'deleted'")).isZero();
            assertThat(liveMirror(fixture)).isEqualTo(asSent(fixture));
            assertThat(fixture.jdbc().sql("select status || ' ' || attempts from raptor.sync_run where run_id = 2")
                    .query(String.class).single()).isEqualTo("COMPLETED 2");
        }
    }

    @Test
    void listsLostDuringTheRunFailTheMergeWithoutMergingAndTheResumePullsThemAgain() {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            var cli = fixture.cli().with("RCSYNC_MAX_SHRINK_PERCENT", "100");
            assertThat(cli.run("sync").exitCode()).isZero();
            fixture.jdbc().sql("""
                    CREATE FUNCTION raptor.test_crash() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN DELETE FROM raptor.staging_record WHERE resource = 'facility'; RETURN NULL; END $$;
                    CREATE TRIGGER test_crash AFTER INSERT ON raptor.staging_list
                       FOR EACH ROW WHEN (NEW.resource = 'cyber_asset') EXECUTE FUNCTION raptor.test_crash();
                    """).update();

            var failed = cli.run("sync");

            assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(ExitCode.RUN_FAILED);
            assertThat(failed.err()).contains("the pulled lists are no longer all staged")
                    .contains("facilities: 6 records staged by its pull, 0 found")
                    .contains("'sync --resume' pulls these lists again");
            assertThat(fixture.count("facility_history")).isEqualTo(6);

            fixture.jdbc().sql("DROP TRIGGER test_crash ON raptor.staging_list").update();
            fixture.simulator().clearRequests();
            var resumed = cli.run("sync", "--resume");

            assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
            assertThat(RestartAfterFailureTest.listRequests(fixture)).containsExactly("/facilities");
            assertThat(fixture.count("facility_history")).isEqualTo(6);
            assertThat(fixture.count("facility where deleted_at is null")).isEqualTo(6);
            assertThat(fixture.count("staging_list") + fixture.count("staging_record")).isZero();
        }
    }

    @Test
    void aListStagedByReferenceToRowsWrittenSinceItsPullIsNeverMergedAndTheResumePullsItAgainInFull() {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            var cli = fixture.cli();
            assertThat(cli.run("sync").exitCode()).isZero();
            String written = firstAssetId(fixture);
            // a push answered between the pull of the assets and their merge: a new payload, its text forgotten
            fixture.jdbc().sql("""
                    CREATE FUNCTION raptor.test_push_between() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        UPDATE raptor.cyber_asset SET payload = payload || '{"pushedNote": "x"}', received_hash = NULL
                         WHERE id = (SELECT min(id) FROM raptor.cyber_asset);
                        INSERT INTO raptor.cyber_asset_history (id, change, payload, observed_at, run_id, source)
                        SELECT id, 'updated', payload, now(), NEW.run_id, 'push' FROM raptor.cyber_asset
                         WHERE id = (SELECT min(id) FROM raptor.cyber_asset);
                        RETURN NULL;
                    END $$;
                    CREATE TRIGGER test_push_between AFTER INSERT ON raptor.staging_list
                       FOR EACH ROW WHEN (NEW.resource = 'cyber_asset') EXECUTE FUNCTION raptor.test_push_between();
                    """).update();

            var failed = cli.run("sync");

            assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(ExitCode.RUN_FAILED);
            assertThat(failed.err()).contains("cyber assets: 1 records were staged by reference to text the mirror"
                    + " no longer holds").contains("'sync --resume' pulls cyber assets again");
            assertThat(fixture.count("cyber_asset_history")).as("nothing merged")
                    .isEqualTo(fixture.count("cyber_asset") + 1);

            fixture.jdbc().sql("DROP TRIGGER test_push_between ON raptor.staging_list").update();
            fixture.simulator().clearRequests();
            var resumed = cli.run("sync", "--resume");

            assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
            assertThat(RestartAfterFailureTest.listRequests(fixture)).containsExactly("/cyber-assets");
            assertThat(liveMirror(fixture)).isEqualTo(asSent(fixture));
            assertThat(fixture.jdbc().sql("""
                    SELECT change || ' ' || source FROM raptor.cyber_asset_history WHERE id = :id ORDER BY history_id
                    """).param("id", written).query(String.class).list())
                    .containsExactly("created pull", "updated push", "updated pull");
            assertThat(fixture.count("staging_list") + fixture.count("staging_record")).isZero();
        }
    }

    private static String firstAssetId(SyncFixture fixture) {
        return fixture.jdbc().sql("select min(id) from raptor.cyber_asset").query(String.class).single();
    }

    private static Map<String, String> liveMirror(SyncFixture fixture) {
        return fixture.jdbc().sql("select id, payload::text from raptor.cyber_asset where deleted_at is null")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Map<String, String> asSent(SyncFixture fixture) {
        return fixture.listAsSent(ResourceType.CYBER_ASSET).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> fixture.jdbc()
                        .sql("select CAST(:json AS jsonb)::text").param("json", entry.getValue().toString())
                        .query(String.class).single()));
    }
}
