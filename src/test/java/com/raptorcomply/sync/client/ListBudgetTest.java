package com.raptorcomply.sync.client;

import static com.raptorcomply.sync.client.TestClients.PRIMARY;
import static com.raptorcomply.sync.client.TestClients.keys;
import static com.raptorcomply.sync.client.TestClients.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.raptorcomply.sync.client.ClientSettings.ListSettings;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class ListBudgetTest {

    private static final ListSettings TWO_SECONDS = new ListSettings(Duration.ofSeconds(2), DataSize.ofBytes(0),
            Duration.ofSeconds(60), DataSize.ofMegabytes(1));

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @Test
    void aListWhoseAnswerNeverStartsFailsAtItsDeadlineRetriesIncluded() {
        TestClients.enqueue(server, 5, new MockResponse.Builder(TestClients.json(200, "[]"))
                .headersDelay(4, TimeUnit.SECONDS).build());
        var client = TestClients.client(settings(server).withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(10),
                Duration.ofSeconds(10)).withList(TWO_SECONDS), keys(PRIMARY));

        long start = System.nanoTime();
        assertThatThrownBy(() -> client.list(ResourceType.FACILITY)).isInstanceOf(SlowListException.class)
                .hasMessageMatching("GET /facilities: 0 elements \\(0 B\\) in \\d+\\.\\ds, over the list deadline"
                        + " RCSYNC_LIST_DEADLINE=2\\.0s");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void aSlowConsumerDoesNotCountAgainstTheServersRate() throws Exception {
        var budget = ListBudget.start(new ListSettings(Duration.ofMinutes(1), DataSize.ofKilobytes(1),
                Duration.ofSeconds(1), DataSize.ofMegabytes(1)));
        InputStream body = budget.meter(new ByteArrayInputStream(new byte[100]));

        assertThat(body.read(new byte[10])).isEqualTo(10);
        Thread.sleep(1_200); // the consumer is busy elsewhere, say committing a chunk: the server is not slow
        assertThat(body.readAllBytes()).hasSize(90);
    }

    @Test
    void sizesAndDurationsReadLikeTheDocumentedMessage() {
        assertThat(ListBudget.size(812)).isEqualTo("812 B");
        assertThat(ListBudget.size(12_900)).isEqualTo("12.6 KB");
        assertThat(ListBudget.size(4_300_000)).isEqualTo("4.1 MB");
        assertThat(ListBudget.duration(Duration.ofMillis(2_049))).isEqualTo("2.0s");
        assertThat(ListBudget.duration(Duration.ofMinutes(30))).isEqualTo("30m00s");
        assertThat(ListBudget.duration(Duration.ofSeconds(3_725))).isEqualTo("1h02m05s");
    }
}
