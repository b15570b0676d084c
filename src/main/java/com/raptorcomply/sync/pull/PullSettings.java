package com.raptorcomply.sync.pull;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the pull reads and guards: records per chunk ({@code RCSYNC_CHUNK_SIZE}) and the share of live mirror
 * rows a list may lose before the run stops ({@code RCSYNC_MAX_SHRINK_PERCENT}).
 */
@Validated
@ConfigurationProperties("rcsync")
public record PullSettings(@Min(1) @Max(100_000) int chunkSize, @Min(0) @Max(100) int maxShrinkPercent) {
}
