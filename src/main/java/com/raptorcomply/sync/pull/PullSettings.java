package com.raptorcomply.sync.pull;

import com.raptorcomply.sync.warehouse.ShrinkPolicy;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the pull reads, guards and reports, bound from {@code RCSYNC_CHUNK_SIZE}, {@code RCSYNC_MAX_SHRINK_PERCENT}
 * and {@code RCSYNC_PROGRESS_INTERVAL} (relaxed binding of {@code rcsync.*}); the defaults are declared here and
 * nowhere else.
 *
 * @param chunkSize items staged per chunk (one transaction): a parsed element, or up to {@value ElementRun#MAX_HELD}
 *        consecutive held ones
 * @param maxShrinkPercent the share of live mirror rows a list may lose before the run stops (exit 4)
 * @param progressInterval how often a list being read logs its progress (records, rate, elapsed)
 */
@Validated
@ConfigurationProperties("rcsync")
public record PullSettings(@DefaultValue("500") @Min(1) @Max(100_000) int chunkSize,
        @DefaultValue(ShrinkPolicy.DEFAULT_MAX_SHRINK_PERCENT) @Min(0) @Max(100) int maxShrinkPercent,
        @NotNull @DurationMin(millis = 1) @DefaultValue("30s") Duration progressInterval) {
}
