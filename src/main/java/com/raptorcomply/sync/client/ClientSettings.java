package com.raptorcomply.sync.client;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How to reach Raptor Comply, bound from {@code raptor-comply.*} (application.properties maps the variables of
 * .env.example onto it). The defaults are declared here and nowhere else. {@code callTimeout} bounds every call but
 * list reads: a list streams the whole tenant and is bounded by {@link ListSettings} instead.
 */
@Validated
@ConfigurationProperties(ClientSettings.PREFIX)
public record ClientSettings(
        @NotNull @DefaultValue("https://api.raptormaps.com") URI baseUrl,
        @NotNull @DefaultValue("auto") DialectSetting dialect,
        @NotNull @DurationMin(millis = 1) @DefaultValue("10s") Duration connectTimeout,
        @NotNull @DurationMin(millis = 1) @DefaultValue("30s") Duration readTimeout,
        @NotNull @DurationMin(millis = 1) @DefaultValue("60s") Duration callTimeout,
        @NotNull @Valid @DefaultValue RetrySettings retry,
        @NotNull @Valid @DefaultValue ListSettings list) {

    static final String PREFIX = "raptor-comply";

    /** The base URL is checked as it is bound: a key must never go in clear text to another machine. */
    public ClientSettings {
        if (baseUrl != null) {
            BaseUrls.requireSecure(baseUrl);
        }
    }

    /** The declared defaults with the given base URL (tools and tests outside a Spring context). */
    public static ClientSettings defaults(String baseUrl) {
        ClientSettings declared = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate(PREFIX, ClientSettings.class);
        return new ClientSettings(URI.create(baseUrl), declared.dialect, declared.connectTimeout,
                declared.readTimeout, declared.callTimeout, declared.retry, declared.list);
    }

    public ClientSettings withDialect(DialectSetting newDialect) {
        return new ClientSettings(baseUrl, newDialect, connectTimeout, readTimeout, callTimeout, retry, list);
    }

    public ClientSettings withTimeouts(Duration connect, Duration read, Duration call) {
        return new ClientSettings(baseUrl, dialect, connect, read, call, retry, list);
    }

    public ClientSettings withRetry(RetrySettings newRetry) {
        return new ClientSettings(baseUrl, dialect, connectTimeout, readTimeout, callTimeout, newRetry, list);
    }

    public ClientSettings withList(ListSettings newList) {
        return new ClientSettings(baseUrl, dialect, connectTimeout, readTimeout, callTimeout, retry, newList);
    }

    /**
     * Backoff for GET, PATCH and DELETE on 429, 5xx and I/O errors: {@code initialBackoff * multiplier^(n-1)},
     * capped at {@code maxBackoff}, spread by ±{@code jitter} (a fraction); {@code maxAttempts} counts the first try.
     * A {@code Retry-After} is waited out exactly, never shortened; one longer than {@code maxWait} ends the call at
     * once instead (a server asking for an hour is not going to be patient with a sync retrying in a minute).
     */
    public record RetrySettings(
            @NotNull @Min(1) @Max(100) @DefaultValue("5") Integer maxAttempts,
            @NotNull @DurationMin(millis = 1) @DefaultValue("1s") Duration initialBackoff,
            @DecimalMin("1.0") @DefaultValue("2.0") double multiplier,
            @NotNull @DurationMin(millis = 1) @DefaultValue("60s") Duration maxBackoff,
            @DecimalMin("0.0") @DecimalMax(value = "1.0", inclusive = false) @DefaultValue("0.2") double jitter,
            @NotNull @DurationMin(seconds = 0) @DefaultValue("5m") Duration maxWait) {

        /** 5 attempts, 1 s doubling up to 60 s, ±20 % jitter, a {@code Retry-After} of up to 5 minutes waited out. */
        public static RetrySettings defaults() {
            return ClientSettings.defaults("https://api.raptormaps.com").retry();
        }

        @AssertTrue(message = "max-backoff must not be shorter than initial-backoff")
        public boolean isMaxBackoffAtLeastInitial() {
            return maxBackoff == null || initialBackoff == null || maxBackoff.compareTo(initialBackoff) >= 0;
        }
    }

    /**
     * What ends a list that never ends: {@code deadline} bounds the whole list, from the request to the last byte;
     * a list slower than {@code minRate} per second over any {@code rateWindow} fails too ({@code 0B} turns the
     * rate check off). Both fail the step restartably, saying how far the list got. An element over
     * {@code maxElementSize} is rejected alone, never held whole: the API documents records of about 1 KB (a cyber
     * asset's longest documented field holds 255 characters), so 1 MB leaves a thousandfold margin for free-text
     * fields; the ceiling of 16 MB stays under Jackson's 20-million-character string limit, which would otherwise
     * fail the whole list.
     */
    public record ListSettings(
            @NotNull @DurationMin(seconds = 1) @DefaultValue("30m") Duration deadline,
            @NotNull @DefaultValue("1KB") DataSize minRate,
            @NotNull @DurationMin(seconds = 1) @DefaultValue("60s") Duration rateWindow,
            @NotNull @DefaultValue("1MB") DataSize maxElementSize) {

        static final DataSize MIN_ELEMENT_SIZE = DataSize.ofKilobytes(1);
        static final DataSize MAX_ELEMENT_SIZE = DataSize.ofMegabytes(16);

        @AssertTrue(message = "min-rate must not be negative")
        public boolean isMinRateNotNegative() {
            return minRate == null || !minRate.isNegative();
        }

        @AssertTrue(message = "max-element-size must be between 1KB and 16MB")
        public boolean isMaxElementSizeInRange() {
            return maxElementSize == null || maxElementSize.compareTo(MIN_ELEMENT_SIZE) >= 0
                    && maxElementSize.compareTo(MAX_ELEMENT_SIZE) <= 0;
        }
    }
}
