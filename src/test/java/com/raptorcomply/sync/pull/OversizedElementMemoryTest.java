package com.raptorcomply.sync.pull;

import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.testing.ForkedCli;
import com.raptorcomply.sync.testing.SyncFixture;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory is bounded by bytes, not only by elements: 40 elements of 5 MB each (200 MB of list, which ran a 512 MB
 * heap out when elements were read whole) pass through a sync limited to 128 MB of heap, each rejected alone.
 */
class OversizedElementMemoryTest {

    private static final int FIVE_MEGABYTES = 5 * 1024 * 1024;

    @TempDir
    Path temp;

    @Test
    void fortyElementsOfFiveMegabytesAreRejectedInA128MegabyteHeap() throws Exception {
        try (var fixture = SyncFixture.start(Dialect.OPENAPI)) {
            var store = fixture.simulator().store();
            for (int i = 0; i < 40; i++) {
                String head = i % 2 == 0 ? "{\"id\": \"ca-huge-" + i + "\", \"notes\": \"" : "{\"notes\": \"";
                store.appendPadded(ResourceType.CYBER_ASSET, head, FIVE_MEGABYTES, i % 2 == 0 ? "\"}" : "\", \"id\": \"x\"}");
            }

            var sync = ForkedCli.startWithHeap(fixture.cli(), temp.resolve("sync.log"), "128m", "sync");
            int exitCode = sync.awaitExit(Duration.ofMinutes(3));

            assertThat(exitCode).as(sync.output()).isZero();
            assertThat(sync.output()).doesNotContain("OutOfMemoryError")
                    .contains("Rejected cyber_asset: element 60 (id ca-huge-0): field '(element)': element of 5.0 MB,"
                            + " over RCSYNC_MAX_ELEMENT_SIZE=1MB");
            assertThat(fixture.count("sync_run_rejection where field = '(element)'")).isEqualTo(40);
            assertThat(fixture.count("sync_run_rejection where record_id like 'ca-huge-%'")).isEqualTo(20);
            assertThat(fixture.count("cyber_asset")).isEqualTo(60);
        }
    }
}
