package com.raptorcomply.sync.client;

import com.raptorcomply.sync.client.ClientSettings.RetrySettings;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Which attempts of an idempotent call are worth another try (429, 500, 502, 503, 504, no answer at all) and how
 * long to wait first: exactly the {@code Retry-After} when the server sent one (never sooner than it asked), else
 * exponential backoff with jitter capped at {@code maxBackoff}. A wait the client will not make (a
 * {@code Retry-After} over {@code maxWait}, or one that would run past a list's deadline) is refused: the call
 * gives up at once instead of sleeping.
 */
final class RetryPolicy {

    private static final Set<Integer> RETRYABLE_STATUSES = Set.of(429, 500, 502, 503, 504);
    static final String MAX_WAIT_VARIABLE = "RCSYNC_MAX_RETRY_WAIT";

    private final RetrySettings settings;
    private final DoubleSupplier random;
    private final Clock clock;

    RetryPolicy(RetrySettings settings, DoubleSupplier random, Clock clock) {
        this.settings = settings;
        this.random = random;
        this.clock = clock;
    }

    static RetryPolicy of(RetrySettings settings) {
        return new RetryPolicy(settings, () -> ThreadLocalRandom.current().nextDouble(), Clock.systemUTC());
    }

    int maxAttempts() {
        return settings.maxAttempts();
    }

    boolean isRetryable(Attempt attempt) {
        if (attempt instanceof Attempt.Answered answered) {
            return RETRYABLE_STATUSES.contains(answered.status());
        }
        return true;
    }

    /** A 429: the server refused the request before applying it, so even a POST may be sent again. */
    static boolean isRateLimited(Attempt attempt) {
        return attempt instanceof Attempt.Answered answered && answered.status() == 429;
    }

    /**
     * The wait before retry number {@code retry} (1 = the second attempt) after {@code previous}, or the refusal to
     * wait. {@code deadline} is the budget of a list, which the wait must not run past.
     */
    Wait waitBefore(int retry, Attempt previous, Optional<ListBudget> deadline) {
        Optional<Duration> asked = retryAfter(previous);
        if (asked.isPresent() && asked.get().compareTo(settings.maxWait()) > 0) {
            return Wait.refused(previous + " asked to wait " + ListBudget.duration(asked.get())
                    + " (Retry-After), longer than " + MAX_WAIT_VARIABLE + "=" + ListBudget.duration(settings.maxWait())
                    + " allows; gave up without retrying");
        }
        Duration wait = asked.orElseGet(() -> backoff(retry));
        Optional<Duration> left = deadline.map(ListBudget::left).map(d -> d.isNegative() ? Duration.ZERO : d);
        if (left.isPresent() && wait.compareTo(left.get()) >= 0) {
            return Wait.refused(previous + ": the retry would wait " + ListBudget.duration(wait) + " but only "
                    + ListBudget.duration(left.get()) + " is left, " + deadline.get().overDeadline()
                    + "; gave up without retrying");
        }
        return Wait.of(wait);
    }

    Duration backoff(int retry) {
        double base = settings.initialBackoff().toMillis() * Math.pow(settings.multiplier(), retry - 1);
        double spread = 1.0 + settings.jitter() * (2.0 * random.getAsDouble() - 1.0);
        Duration wait = Duration.ofMillis(Math.round(Math.min(base, Long.MAX_VALUE / 4.0) * spread));
        return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
    }

    private Optional<Duration> retryAfter(Attempt previous) {
        if (previous instanceof Attempt.Answered answered) {
            return RetryAfter.parse(answered.response().headers().get("Retry-After"), clock);
        }
        return Optional.empty();
    }

    /** A wait to make before the next attempt, or why none will be made ({@code refusal} set). */
    record Wait(Duration duration, String refusal) {

        static Wait of(Duration duration) {
            return new Wait(duration, null);
        }

        static Wait refused(String why) {
            return new Wait(Duration.ZERO, why);
        }

        boolean isRefused() {
            return refusal != null;
        }
    }
}
