package com.raptorcomply.sync.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.client.KeySlot;
import com.raptorcomply.sync.run.RunHistory.RunReport;
import com.raptorcomply.sync.warehouse.RunSummary;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command status suggests for each way a run ends; only the latest run gets one. */
class RunViewsTest {

    private static final Instant START = Instant.parse("2026-11-30T02:00:00Z");

    @Test
    void eachOutcomeOfTheLatestRunGetsTheCommandThatContinuesIt() {
        assertThat(next("COMPLETED", null, null)).isNull();
        assertThat(next("FAILED", "pullCyberAssets", "TransportException: GET /cyber-assets failed"))
                .isEqualTo("restart --last-failed");
        assertThat(next("STOPPED", "pullCyberSystems", "stopped before it finished")).isEqualTo("sync --resume");
        assertThat(next("SHRINK_BLOCKED", "mergeMirror", "shrink guard: cyber assets: ...")).isEqualTo(
                "sync --allow-shrink");
        assertThat(next("FAILED", "pullFacilities", "AuthenticationException: GET /facilities: 401 revoked"))
                .isEqualTo("check-keys");
        assertThat(next("STARTED", null, null)).as("running now").isNull();
        assertThat(RunViews.of(report(1, "STARTED", null, null), true, false).nextCommand()).as("process died")
                .isEqualTo("sync --resume");
    }

    @Test
    void anOlderRunIsNotContinuedButStillSaysWhereAndWhyItStopped() {
        RunView older = RunViews.of(List.of(report(2, "COMPLETED", null, null),
                report(1, "FAILED", "pullCyberAssets", "boom")), false).get(1);

        assertThat(older.nextCommand()).isNull();
        assertThat(older.failure()).isEqualTo(new RunView.FailureView("pullCyberAssets", "boom"));
        assertThat(older.durationSeconds()).isEqualTo(65.0);
    }

    private static String next(String status, String step, String error) {
        return RunViews.of(report(1, status, step, error), true, true).nextCommand();
    }

    private static RunReport report(long runId, String status, String step, String error) {
        Instant finished = "STARTED".equals(status) ? null : START.plusSeconds(65);
        return new RunReport(new RunSummary(runId, START, finished, status, KeySlot.PRIMARY, false, runId, 1, step,
                error, Map.of()), List.of(), 0);
    }
}
