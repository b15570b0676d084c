package com.raptorcomply.sync.warehouse;

import static com.raptorcomply.sync.client.ResourceType.CYBER_ASSET;
import static com.raptorcomply.sync.client.ResourceType.FACILITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.raptorcomply.sync.client.KeySlot;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SyncRunRepositoryTest {

    private static final Warehouse warehouse = Warehouse.migrated();
    private final SyncRunRepository runs = warehouse.runs;

    @BeforeEach
    void cleanSlate() {
        warehouse.truncate();
    }

    @Test
    void finishedRunIsListedWithItsCounts() {
        long runId = 17;
        runs.start(runId, true, KeySlot.SECONDARY);
        runs.linkExecution(runId, 42);
        runs.recordCounts(runId, FACILITY, new MergeCounts(3, 0, 0, 0, 0, 0));
        runs.recordCounts(runId, CYBER_ASSET, new MergeCounts(1, 2, 3, 4, 5, 6));

        runs.finish(runId, RunStatus.COMPLETED);

        assertThat(runs.recent(10)).singleElement().satisfies(run -> {
            assertThat(run.runId()).isEqualTo(runId);
            assertThat(run.status()).isEqualTo("COMPLETED");
            assertThat(run.keySlot()).isEqualTo(KeySlot.SECONDARY);
            assertThat(run.dryRun()).isTrue();
            assertThat(run.jobExecutionId()).isEqualTo(42L);
            assertThat(run.finishedAt()).isAfterOrEqualTo(run.startedAt());
            assertThat(run.counts()).isEqualTo(Map.of(
                    FACILITY, new MergeCounts(3, 0, 0, 0, 0, 0),
                    CYBER_ASSET, new MergeCounts(1, 2, 3, 4, 5, 6)));
        });
    }

    @Test
    void restartedRunKeepsItsRowAndCountsTheAttempt() {
        runs.start(7, false, null);
        runs.recordCounts(7, FACILITY, new MergeCounts(1, 0, 0, 0, 0, 0));
        runs.finish(7, RunStatus.FAILED);

        runs.start(7, false, KeySlot.PRIMARY);
        runs.recordCounts(7, FACILITY, new MergeCounts(0, 0, 0, 0, 1, 0));

        assertThat(runs.recent(10)).singleElement().satisfies(run -> {
            assertThat(run.status()).isEqualTo("STARTED");
            assertThat(run.finishedAt()).isNull();
            assertThat(run.attempts()).isEqualTo(2);
            assertThat(run.keySlot()).isEqualTo(KeySlot.PRIMARY);
            assertThat(run.counts()).containsExactly(Map.entry(FACILITY, new MergeCounts(0, 0, 0, 0, 1, 0)));
        });
    }

    @Test
    void recentListsTheNewestRunsFirstUpToTheLimit() {
        for (long runId = 1; runId <= 3; runId++) {
            runs.start(runId, false, KeySlot.PRIMARY);
        }

        assertThat(runs.recent(2)).extracting(RunSummary::runId).containsExactly(3L, 2L);
    }

    @Test
    void keySlotIsStoredAsItsLabelNeverAKey() {
        runs.start(1, false, null);
        runs.useKeySlot(1, KeySlot.SECONDARY);

        assertThat(warehouse.jdbc.sql("SELECT key_slot FROM raptor.sync_run").query(String.class).single())
                .isEqualTo("secondary");
    }

    @Test
    void finishingAnUnknownRunFails() {
        assertThatThrownBy(() -> runs.finish(99, RunStatus.FAILED)).isInstanceOf(IllegalStateException.class);
    }
}
