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
 * long to wait first: {@code Retry-After} when the server sent one, else exponential backoff with jitter; both
 * capped at {@code maxBackoff}.
 */
final class RetryPolicy {

    private static final Set<Integer> RETRYABLE_STATUSES = Set.of(429, 500, 502, 503, 504);

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

    /** The wait before retry number {@code retry} (1 = the second attempt), after {@code previous}. */
    Duration delayBefore(int retry, Attempt previous) {
        return retryAfter(previous).map(this::capped).orElseGet(() -> backoff(retry));
    }

    Duration backoff(int retry) {
        double base = settings.initialBackoff().toMillis() * Math.pow(settings.multiplier(), retry - 1);
        double spread = 1.0 + settings.jitter() * (2.0 * random.getAsDouble() - 1.0);
        return capped(Duration.ofMillis(Math.round(Math.min(base, Long.MAX_VALUE / 4.0) * spread)));
    }

    private Optional<Duration> retryAfter(Attempt previous) {
        if (previous instanceof Attempt.Answered answered) {
            return RetryAfter.parse(answered.response().headers().get("Retry-After"), clock);
        }
        return Optional.empty();
    }

    private Duration capped(Duration wait) {
        return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
    }
}
