package com.raptorcomply.sync.pull;

import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.testing.CliRunner;
import com.raptorcomply.sync.testing.SyncFixture;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Consecutive held elements are staged as one item of a chunk ({@link ElementRun}): a night without changes
 * commits far fewer chunks, stages every element, and its step still counts elements, not items.
 */
class HeldRunsTest {

    private static final int ASSETS = 300;

    @Test
    void heldElementsGoManyToAnItemWhileTheStepCountsAndStagesEachElement() {
        try (var fixture = SyncFixture.start(data -> data.cyberAssets(ASSETS))) {
            CliRunner cli = fixture.cli().with("RCSYNC_CHUNK_SIZE", "2");
            assertThat(cli.run("sync").exitCode()).isZero();
            String changed = fixture.simulator().store().ids(ResourceType.CYBER_ASSET).get(100);
            fixture.simulator().store().update(ResourceType.CYBER_ASSET, changed, asset -> asset.put("model", "X-2"));

            CliRunner.Result second = cli.run("sync");

            assertThat(second.exitCode()).as(second.toString()).isZero();
            Map<String, Object> first = pullOfAssets(fixture, 1);
            Map<String, Object> next = pullOfAssets(fixture, 2);
            // all parsed: one item per element, two to a chunk
            assertThat(first).containsEntry("read_count", (long) ASSETS).containsEntry("write_count", (long) ASSETS)
                    .containsEntry("commit_count", (long) ASSETS / 2);
            // 100 held, the changed one, 199 held: runs of 64, 36, 1, 64, 64, 64, 7, two to a chunk
            assertThat(next).containsEntry("read_count", (long) ASSETS).containsEntry("write_count", (long) ASSETS)
                    .containsEntry("commit_count", 4L);
            assertThat(fixture.jdbc().sql("""
                    SELECT change, count(*) FROM raptor.cyber_asset_history h JOIN raptor.sync_run r USING (run_id)
                     WHERE r.run_id = 2 GROUP BY change""").query().singleRow()).containsEntry("change", "updated")
                    .containsEntry("count", 1L);
            assertThat(fixture.jdbc().sql("SELECT payload->>'model' FROM raptor.cyber_asset WHERE id = :id")
                    .param("id", changed).query(String.class).single()).isEqualTo("X-2");
            assertThat(fixture.count("cyber_asset where deleted_at is null")).isEqualTo(ASSETS);
            assertThat(second.out()).containsPattern("cyber assets +0 +1 +0 +0 +" + (ASSETS - 1));
        }
    }

    private static Map<String, Object> pullOfAssets(SyncFixture fixture, long runId) {
        return fixture.jdbc().sql("""
                SELECT s.read_count, s.write_count, s.commit_count
                  FROM batch_step_execution s JOIN batch_job_execution e USING (job_execution_id)
                 WHERE s.step_name = 'pullCyberAssets' AND e.job_instance_id = :runId
                """).param("runId", runId).query().singleRow();
    }
}
