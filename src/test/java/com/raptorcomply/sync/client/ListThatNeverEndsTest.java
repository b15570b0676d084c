package com.raptorcomply.sync.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.ops.ExitCode;
import com.raptorcomply.sync.testing.CliRunner;
import com.raptorcomply.sync.testing.DatabaseCoordinates;
import com.raptorcomply.sync.testing.TestDatabase;
import java.time.Duration;
import java.util.Collections;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * Lists that would hang or crash a run, through {@code sync} as a user meets them: a body that trickles fails the
 * step within its deadline or minimum rate, saying how far it got, and the run restarts; a list without a body is a
 * one-line failure, not a NullPointerException.
 */
class ListThatNeverEndsTest {

    private static final String KEY = "rc_live_list_deadline_test_9f3e";
    /** Generous: the runs below fail after 2 s (deadline) or about 1 s (rate); a hang would take minutes. */
    private static final Duration WELL_BEFORE_A_HANG = Duration.ofSeconds(60);

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final FakeApi api = new FakeApi();
    private final DatabaseCoordinates database = TestDatabase.fresh();

    @Test
    void aTricklingListFailsAtItsDeadlineSayingHowFarItGotAndTheRunRestarts() {
        api.cyberAssets = trickle();

        long start = System.nanoTime();
        var failed = cli().with("RCSYNC_LIST_DEADLINE", "2s").with("RCSYNC_LIST_MIN_RATE", "0B").run("sync");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        api.cyberAssets = TestClients.json(200, Fixtures.array(Fixtures.DOCS_CYBER_ASSET));
        var restarted = cli().run("restart", "--last-failed");

        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(ExitCode.RUN_FAILED);
        assertThat(failed.err()).containsPattern("GET /cyber-assets: \\d+ elements \\(\\d+ B\\) in \\d+\\.\\ds, over the"
                + " list deadline RCSYNC_LIST_DEADLINE=2\\.0s").contains("restart --last-failed");
        assertThat(took).isLessThan(WELL_BEFORE_A_HANG);
        assertThat(restarted.exitCode()).as(restarted.toString()).isZero();
    }

    @Test
    void aListBelowTheMinimumRateFailsLongBeforeItsDeadline() {
        api.cyberAssets = trickle();

        long start = System.nanoTime();
        var failed = cli().with("RCSYNC_LIST_MIN_RATE", "1KB").with("RCSYNC_LIST_RATE_WINDOW", "1s").run("sync");

        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(ExitCode.RUN_FAILED);
        assertThat(failed.err()).containsPattern("GET /cyber-assets: \\d+ elements \\(\\d+ B\\) in \\d+\\.\\ds, slower"
                + " than RCSYNC_LIST_MIN_RATE=1\\.0 KB per second: \\d+ B in RCSYNC_LIST_RATE_WINDOW=1\\.0s of waiting for the server");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(WELL_BEFORE_A_HANG);
    }

    @Test
    void aListAnswered204IsAOneLineFailure() {
        api.cyberAssets = TestClients.status(204);

        var failed = cli().run("sync");

        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(ExitCode.RUN_FAILED);
        assertThat(failed.err()).contains("GET /cyber-assets answered 204 with no body")
                .doesNotContain("NullPointerException");
    }

    @Test
    void aListAnswered200WithAnEmptyBodyIsAOneLineFailure() {
        api.cyberAssets = TestClients.json(200, "");

        var failed = cli().run("sync");

        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(ExitCode.RUN_FAILED);
        assertThat(failed.err()).contains("GET /cyber-assets answered 200 with no body");
    }

    /** Many small elements, one byte every 100 ms: the read timeout (restarted by each byte) never fires. */
    private static MockResponse trickle() {
        String body = Fixtures.array(Collections.nCopies(500, Fixtures.DOCS_CYBER_ASSET).toArray(String[]::new));
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body)
                .throttleBody(1, 100, TimeUnit.MILLISECONDS).build();
    }

    private CliRunner cli() {
        server.setDispatcher(api);
        return new CliRunner()
                .with("SPRING_DATASOURCE_URL", database.url())
                .with("SPRING_DATASOURCE_USERNAME", database.username())
                .with("SPRING_DATASOURCE_PASSWORD", database.password())
                .with("RAPTOR_COMPLY_BASE_URL", "http://127.0.0.1:" + server.getPort())
                .with("RAPTOR_COMPLY_API_KEY", KEY)
                .with("RCSYNC_RETRY_MAX_ATTEMPTS", "2")
                .with("RCSYNC_RETRY_INITIAL_BACKOFF", "10ms")
                .with("RCSYNC_RETRY_MAX_BACKOFF", "50ms");
    }

    /** The key probe finds nothing (the key works), three lists are empty, the cyber-asset list is the test's. */
    private static final class FakeApi extends Dispatcher {

        volatile MockResponse cyberAssets;

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            String path = request.getUrl().encodedPath();
            if (path.startsWith("/cyber-assets/")) {
                return TestClients.error(404, "Not Found", "Cyber asset not found");
            }
            return path.equals("/cyber-assets") ? cyberAssets : TestClients.json(200, "[]");
        }
    }
}
