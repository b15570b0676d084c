package com.raptorcomply.sync.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.client.ClientSettings.ListSettings;
import com.raptorcomply.sync.client.ClientSettings.RetrySettings;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;
import retrofit2.Response;

class RetryPolicyTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
    private static final RetrySettings DEFAULTS = RetrySettings.defaults();

    @ParameterizedTest
    @ValueSource(ints = {429, 500, 502, 503, 504})
    void rateLimitsAndServerErrorsAreRetried(int status) {
        assertThat(policy(0.5).isRetryable(answered(status, null))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 201, 204, 400, 401, 403, 404, 409, 422, 501})
    void otherStatusesAreNot(int status) {
        assertThat(policy(0.5).isRetryable(answered(status, null))).isFalse();
    }

    @Test
    void noAnswerAtAllIsRetried() {
        Attempt timeout = new Attempt.Failed("GET /facilities", new SocketTimeoutException("timeout"));

        assertThat(policy(0.5).isRetryable(timeout)).isTrue();
    }

    @Test
    void backoffDoublesFromOneSecondUpToSixtyWithoutJitterAtTheMiddle() {
        RetryPolicy policy = policy(0.5);

        assertThat(java.util.stream.IntStream.rangeClosed(1, 8).mapToObj(policy::backoff).map(Duration::toSeconds))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L);
    }

    @Test
    void jitterSpreadsTheBackoffByTwentyPercentEitherWay() {
        assertThat(policy(0.0).backoff(3)).isEqualTo(Duration.ofMillis(3200));
        assertThat(policy(0.999999).backoff(3)).isBetween(Duration.ofMillis(4799), Duration.ofMillis(4800));
        assertThat(policy(0.0).backoff(30)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void retryAfterInSecondsWinsOverBackoff() {
        assertThat(wait(policy(0.5), 1, answered(429, "7"))).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void retryAfterAsHttpDateIsTheTimeLeftUntilThen() {
        Attempt attempt = answered(503, "Sat, 28 Nov 2026 10:00:30 GMT");

        assertThat(wait(policy(0.5), 1, attempt)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void retryAfterIsNeverShortenedByMaxBackoffAndAPastDateMeansNow() {
        assertThat(wait(policy(0.5), 1, answered(429, "240"))).isEqualTo(Duration.ofSeconds(240));
        assertThat(wait(policy(0.5), 1, answered(429, "300"))).isEqualTo(Duration.ofMinutes(5));
        assertThat(wait(policy(0.5), 1, answered(429, "Sat, 28 Nov 2026 09:00:00 GMT"))).isZero();
    }

    @Test
    void retryAfterBeyondTheMaxWaitIsRefusedNamingRequestWaitAndSetting() {
        RetryPolicy.Wait wait = policy(0.5).waitBefore(1, answered(429, "3600"), Optional.empty());

        assertThat(wait.isRefused()).isTrue();
        assertThat(wait.refusal()).isEqualTo("GET /x -> HTTP 429 asked to wait 1h00m00s (Retry-After), longer than "
                + "RCSYNC_MAX_RETRY_WAIT=5m00s allows; gave up without retrying");
    }

    @Test
    void anHttpDateBeyondTheMaxWaitIsRefusedToo() {
        RetryPolicy.Wait wait = policy(0.5).waitBefore(1, answered(503, "Sat, 28 Nov 2026 10:05:01 GMT"),
                Optional.empty());

        assertThat(wait.refusal()).contains("asked to wait 5m01s");
    }

    @Test
    void aRateLimitWithoutRetryAfterBacksOffExponentially() {
        RetryPolicy policy = policy(0.5);

        assertThat(wait(policy, 1, answered(429, null))).isEqualTo(Duration.ofSeconds(1));
        assertThat(wait(policy, 3, answered(429, null))).isEqualTo(Duration.ofSeconds(4));
        assertThat(wait(policy, 9, answered(429, null))).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void aWaitThatWouldRunPastTheListDeadlineIsRefused() {
        ListBudget budget = ListBudget.start(new ListSettings(Duration.ofSeconds(20), DataSize.ofBytes(0),
                Duration.ofSeconds(60), DataSize.ofMegabytes(1)));

        RetryPolicy.Wait wait = policy(0.5).waitBefore(1, answered(429, "30"), Optional.of(budget));

        assertThat(wait.refusal()).startsWith("GET /x -> HTTP 429: the retry would wait 30.0s but only ")
                .endsWith("is left, over the list deadline RCSYNC_LIST_DEADLINE=20.0s; gave up without retrying");
    }

    @Test
    void aWaitWithinTheListDeadlineIsMade() {
        ListBudget budget = ListBudget.start(new ListSettings(Duration.ofMinutes(30), DataSize.ofBytes(0),
                Duration.ofSeconds(60), DataSize.ofMegabytes(1)));

        assertThat(policy(0.5).waitBefore(2, answered(503, null), Optional.of(budget)))
                .isEqualTo(RetryPolicy.Wait.of(Duration.ofSeconds(2)));
    }

    @Test
    void unreadableRetryAfterFallsBackToBackoff() {
        assertThat(wait(policy(0.5), 2, answered(503, "soon"))).isEqualTo(Duration.ofSeconds(2));
        assertThat(RetryAfter.parse(null, NOW)).isEmpty();
        assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
    }

    private static Duration wait(RetryPolicy policy, int retry, Attempt previous) {
        RetryPolicy.Wait wait = policy.waitBefore(retry, previous, Optional.empty());
        assertThat(wait.isRefused()).as(wait.refusal()).isFalse();
        return wait.duration();
    }

    private static RetryPolicy policy(double random) {
        return new RetryPolicy(DEFAULTS, () -> random, NOW);
    }

    static Attempt answered(int status, String retryAfter) {
        okhttp3.Response.Builder raw = new okhttp3.Response.Builder().code(status).message("status " + status)
                .protocol(Protocol.HTTP_1_1).request(new Request.Builder().url("https://localhost/x").build());
        if (retryAfter != null) {
            raw.header("Retry-After", retryAfter);
        }
        ResponseBody body = ResponseBody.create("", null);
        Response<ResponseBody> response = status < 300
                ? Response.success(body, raw.build()) : Response.error(body, raw.build());
        return new Attempt.Answered("GET /x", response);
    }
}
