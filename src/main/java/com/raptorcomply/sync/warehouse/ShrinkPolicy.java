package com.raptorcomply.sync.warehouse;

/**
 * How much of a table's live rows one list may lose before the merge stops ({@code RCSYNC_MAX_SHRINK_PERCENT});
 * {@code allowShrink} ({@code --allow-shrink}) accepts a larger loss for one run.
 */
public record ShrinkPolicy(int maxShrinkPercent, boolean allowShrink) {

    /** The default of {@code RCSYNC_MAX_SHRINK_PERCENT}, for every settings record that reads it. */
    public static final String DEFAULT_MAX_SHRINK_PERCENT = "50";

    public ShrinkPolicy {
        if (maxShrinkPercent < 0 || maxShrinkPercent > 100) {
            throw new IllegalArgumentException("maxShrinkPercent must be 0..100, was " + maxShrinkPercent);
        }
    }

    public static ShrinkPolicy limit(int maxShrinkPercent) {
        return new ShrinkPolicy(maxShrinkPercent, false);
    }

    /** Any loss accepted, e.g. for tests or a deliberate cleanup. */
    public static ShrinkPolicy unlimited() {
        return new ShrinkPolicy(100, true);
    }
}
