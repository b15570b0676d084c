package com.raptorcomply.sync.client;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Sends calls: the one retry layer of the client (resilience4j, decisions from {@link RetryPolicy}) for idempotent
 * calls, and for POST only after a 429. Returns any HTTP answer; callers decide what a status means.
 */
final class CallExecutor {

    private static final Logger log = LoggerFactory.getLogger(CallExecutor.class);
    static final String RETRIES = "rcsync.api.retries";
    static final String RATE_LIMIT_WAITS = "rcsync.api.rate.limit.waits";
    static final String RATE_LIMIT_WAIT_SECONDS = "rcsync.api.rate.limit.wait.seconds";

    private final RetryPolicy policy;
    private final Retry retry;
    private final Duration callTimeout;
    private final MeterRegistry meters;

    CallExecutor(RetryPolicy policy, Duration callTimeout, MeterRegistry meters) {
        this.policy = policy;
        this.callTimeout = callTimeout;
        this.meters = meters;
        this.retry = Retry.of("raptor-comply", RetryConfig.<Planned>custom()
                .maxAttempts(policy.maxAttempts())
                .retryOnResult(Planned::retries)
                .retryOnException(unexpected -> false)
                .consumeResultBeforeRetryAttempt((retryNumber, planned) -> planned.attempt().discard())
                .intervalBiFunction((attemptsSoFar, outcome) -> outcome.get().pause().toMillis())
                .failAfterMaxAttempts(false)
                .build());
    }

    /** GET, PATCH, DELETE: retried on 429, 5xx and I/O errors, each attempt bounded by the call timeout. */
    Response<ResponseBody> idempotent(Call<ResponseBody> call) {
        return retried(call, () -> callTimeout, Optional.empty());
    }

    /**
     * A list: retried like any GET, but every attempt, body included, is bounded by what is left of the list's
     * deadline (OkHttp's call timeout runs until the body is read or closed).
     */
    Response<ResponseBody> list(Call<ResponseBody> call, ListBudget budget) {
        try {
            return retried(call, budget::remaining, Optional.of(budget));
        } catch (TransportException e) {
            if (budget.timedOut()) {
                throw budget.exceeded(Attempt.exchange(call.request()), 0, 0, budget.overDeadline());
            }
            throw e;
        }
    }

    private Response<ResponseBody> retried(Call<ResponseBody> call, Supplier<Duration> timeout,
                                           Optional<ListBudget> deadline) {
        AtomicInteger attempts = new AtomicInteger();
        Attempt last = attempts(call, timeout, deadline, policy::isRetryable, attempts);
        if (last instanceof Attempt.Failed failed) {
            throw new TransportException(failed.exchange() + " failed after " + attempts.get() + " attempt(s): "
                    + failed.error(), failed.error());
        }
        return ((Attempt.Answered) last).response();
    }

    /** Sends {@code call} until an attempt is not {@code retryable} or the attempts run out; the last attempt. */
    private Attempt attempts(Call<ResponseBody> call, Supplier<Duration> timeout, Optional<ListBudget> deadline,
                             Predicate<Attempt> retryable, AtomicInteger attempts) {
        return retry.executeSupplier(() -> {
            int number = attempts.incrementAndGet();
            return plan(number, send(call.clone(), timeout.get()), deadline, retryable);
        }).attempt();
    }

    /**
     * Decides, right after attempt {@code number}, whether and how long to wait before the next one. A wait the
     * policy refuses ends the call here, before any sleep; an attempt cut by the list's deadline ends it too.
     */
    private Planned plan(int number, Attempt attempt, Optional<ListBudget> deadline, Predicate<Attempt> retryable) {
        boolean pastDeadline = deadline.map(ListBudget::timedOut).orElse(false);
        if (!retryable.test(attempt) || number >= policy.maxAttempts() || pastDeadline) {
            return new Planned(attempt, null);
        }
        RetryPolicy.Wait wait = policy.waitBefore(number, attempt, deadline);
        if (wait.isRefused()) {
            attempt.discard();
            throw new RetryRefusedException(wait.refusal());
        }
        log.warn("{}; retry {} of {} in {} ms", attempt, number, policy.maxAttempts() - 1, wait.duration().toMillis());
        count(attempt, wait.duration());
        return new Planned(attempt, wait.duration());
    }

    /**
     * POST: retried only when rate limited (a 429 refuses the request before it is applied, so sending it again
     * cannot create a duplicate). No answer, or a 5xx, leaves the outcome unknown and is never retried.
     */
    Response<ResponseBody> once(Call<ResponseBody> call) {
        Attempt attempt = attempts(call, () -> callTimeout, Optional.empty(), RetryPolicy::isRateLimited,
                new AtomicInteger());
        if (attempt instanceof Attempt.Failed failed) {
            throw outcomeUnknown(failed.exchange(), "no answer (" + failed.error() + ")", failed.error());
        }
        Response<ResponseBody> response = ((Attempt.Answered) attempt).response();
        if (response.code() >= 500) {
            ApiErrorException error = ApiErrors.from(response);
            throw outcomeUnknown(attempt.exchange(), "HTTP " + response.code(), error);
        }
        return response;
    }

    private Attempt send(Call<ResponseBody> call, Duration timeout) {
        call.timeout().timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        String exchange = Attempt.exchange(call.request());
        try {
            return new Attempt.Answered(exchange, call.execute());
        } catch (IOException e) {
            return new Attempt.Failed(exchange, e);
        }
    }

    /** Retries by what caused them (an HTTP status or {@code io}); a 429's wait also counts as a rate-limit wait. */
    private void count(Attempt previous, Duration wait) {
        String reason = previous instanceof Attempt.Answered answered ? String.valueOf(answered.status()) : "io";
        meters.counter(RETRIES, "reason", reason).increment();
        if (previous instanceof Attempt.Answered answered && answered.status() == 429) {
            meters.counter(RATE_LIMIT_WAITS).increment();
            meters.counter(RATE_LIMIT_WAIT_SECONDS).increment(wait.toMillis() / 1000.0);
        }
    }

    /** An attempt and the wait before the next one; no wait: the attempt is the call's outcome. */
    private record Planned(Attempt attempt, Duration pause) {

        boolean retries() {
            return pause != null;
        }
    }

    private static OutcomeUnknownException outcomeUnknown(String exchange, String what, Throwable cause) {
        return new OutcomeUnknownException(exchange + ": " + what + "; the cyber asset may have been created. "
                + "Look it up by its natural key before creating it again (POST is not retried after no answer or a 5xx).", cause);
    }
}
