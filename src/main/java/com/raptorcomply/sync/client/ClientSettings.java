package com.raptorcomply.sync.client;

import org.springframework.boot.context.properties.ConfigurationProperties;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach Raptor Comply; bound from {@code raptor-comply.*} (see application.properties for the variables). {@code callTimeout} bounds every call except list reads: a list streams the whole
 * tenant (possibly 100k elements) and is bounded by {@code readTimeout} between reads instead.
 */
@ConfigurationProperties("raptor-comply")
public record ClientSettings(
        URI baseUrl,
        DialectSetting dialect,
        Duration connectTimeout,
        Duration readTimeout,
        Duration callTimeout,
        RetrySettings retry) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);

    public ClientSettings {
        Objects.requireNonNull(baseUrl, "baseUrl (RAPTOR_COMPLY_BASE_URL) is not set");
        BaseUrls.requireSecure(baseUrl);
        Objects.requireNonNull(dialect, "dialect is not set (AUTO, DOCS or OPENAPI)");
        requirePositive("connectTimeout", connectTimeout);
        requirePositive("readTimeout", readTimeout);
        requirePositive("callTimeout", callTimeout);
        Objects.requireNonNull(retry, "retry settings are not set");
    }

    /** Production defaults: dialect detected, 10 s connect, 30 s read, 60 s per non-list call, default retries. */
    public static ClientSettings defaults(String baseUrl) {
        return defaults(URI.create(baseUrl));
    }

    public static ClientSettings defaults(URI baseUrl) {
        return new ClientSettings(baseUrl, DialectSetting.AUTO, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT,
                DEFAULT_CALL_TIMEOUT, RetrySettings.defaults());
    }

    public ClientSettings withDialect(DialectSetting newDialect) {
        return new ClientSettings(baseUrl, newDialect, connectTimeout, readTimeout, callTimeout, retry);
    }

    public ClientSettings withTimeouts(Duration connect, Duration read, Duration call) {
        return new ClientSettings(baseUrl, dialect, connect, read, call, retry);
    }

    public ClientSettings withRetry(RetrySettings newRetry) {
        return new ClientSettings(baseUrl, dialect, connectTimeout, readTimeout, callTimeout, newRetry);
    }

    static void requirePositive(String setting, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(setting + " must be a positive duration, got " + value);
        }
    }

    /**
     * Backoff for GET, PATCH and DELETE on 429, 5xx and I/O errors: {@code initialBackoff * multiplier^(n-1)},
     * capped at {@code maxBackoff}, spread by ±{@code jitter} (a fraction); {@code maxAttempts} counts the first try.
     */
    public record RetrySettings(int maxAttempts, Duration initialBackoff, double multiplier, Duration maxBackoff,
            double jitter) {

        public RetrySettings {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("retry.maxAttempts must be at least 1, got " + maxAttempts);
            }
            requirePositive("retry.initialBackoff", initialBackoff);
            if (!(multiplier >= 1.0)) {
                throw new IllegalArgumentException("retry.multiplier must be at least 1.0, got " + multiplier);
            }
            requirePositive("retry.maxBackoff", maxBackoff);
            if (maxBackoff.compareTo(initialBackoff) < 0) {
                throw new IllegalArgumentException("retry.maxBackoff (" + maxBackoff
                        + ") must not be shorter than retry.initialBackoff (" + initialBackoff + ")");
            }
            if (!(jitter >= 0.0 && jitter < 1.0)) {
                throw new IllegalArgumentException("retry.jitter must be a fraction in [0, 1), got " + jitter);
            }
        }

        /** 5 attempts, 1 s doubling up to 60 s, ±20 % jitter. */
        public static RetrySettings defaults() {
            return new RetrySettings(5, Duration.ofSeconds(1), 2.0, Duration.ofSeconds(60), 0.2);
        }
    }
}
