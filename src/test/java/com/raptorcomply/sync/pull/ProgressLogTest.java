package com.raptorcomply.sync.pull;

import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.ops.ExitCode;
import com.raptorcomply.sync.testing.LogCapture;
import com.raptorcomply.sync.testing.SyncFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A list being read logs its progress at RCSYNC_PROGRESS_INTERVAL, and once when it was read whole. */
class ProgressLogTest {

    @Test
    void eachListLogsRecordsRateAndElapsedAtTheIntervalAndWhenReadWhole() {
        try (var fixture = SyncFixture.start(Dialect.DOCS); var logs = new LogCapture()) {
            var result = fixture.cli().with("RCSYNC_PROGRESS_INTERVAL", "1ms").run("sync");

            assertThat(result.exitCode()).as(result.toString()).isZero();
            List<String> progress = logs.lines().stream().filter(line -> line.startsWith("[INFO] cyber assets: "))
                    .toList();
            assertThat(progress).anyMatch(line -> line.matches(
                    "\\[INFO] cyber assets: \\d+ records read in \\d+\\.\\d s \\([\\d,]+ per second\\) so far"));
            assertThat(progress).anyMatch(line -> line.matches(
                    "\\[INFO] cyber assets: list read whole, 60 records read in \\d+\\.\\d s \\([\\d,]+ per second\\)"));
            assertThat(progress).as("at most one line per record, never more").hasSizeLessThanOrEqualTo(60 + 2);
        }
    }

    @Test
    void anInvalidIntervalIsAConfigurationError() {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            var result = fixture.cli().with("RCSYNC_PROGRESS_INTERVAL", "0s").run("sync");

            assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(result.err()).startsWith("sync: RCSYNC_PROGRESS_INTERVAL=").contains("is invalid");
            assertThat(fixture.simulator().requests()).isEmpty();
        }
    }
}
