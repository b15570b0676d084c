package com.raptorcomply.sync.push;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the push plans and sends, bound from {@code RCSYNC_PUSH_MODE}, {@code RCSYNC_MAX_DELETES} and
 * {@code RCSYNC_PUSH_CONCURRENCY} (relaxed binding of {@code rcsync.*}); the defaults are declared here only.
 *
 * @param pushMode off, upsert or mirror
 * @param maxDeletes more planned deletes than this stop the run (exit 4) before any request of the push
 * @param pushConcurrency requests in flight at once
 */
@Validated
@ConfigurationProperties("rcsync")
public record PushSettings(@DefaultValue("upsert") PushMode pushMode,
        @DefaultValue("25") @Min(0) @Max(1_000_000) int maxDeletes,
        @DefaultValue("4") @Min(1) @Max(64) int pushConcurrency) {
}
