package com.raptorcomply.sync.push;

import com.raptorcomply.sync.warehouse.ShrinkPolicy;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The share of the desired rows one import may remove before it stops ({@code RCSYNC_MAX_SHRINK_PERCENT}, the
 * same limit as for a pulled list): a truncated CMDB export must not empty the push input.
 */
@Validated
@ConfigurationProperties("rcsync")
record DesiredImportSettings(@DefaultValue(ShrinkPolicy.DEFAULT_MAX_SHRINK_PERCENT) @Min(0) @Max(100) int maxShrinkPercent) {
}
