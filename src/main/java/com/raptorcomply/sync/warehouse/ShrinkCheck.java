package com.raptorcomply.sync.warehouse;

/**
 * The numbers behind a shrink decision: of {@code liveRows} present in the mirror, {@code missingRows} are absent
 * from the {@code stagedRows} of the new list. {@code exceeded} when that loss is over the policy's limit.
 */
public record ShrinkCheck(long liveRows, long stagedRows, long missingRows, int maxShrinkPercent, boolean exceeded) {

    /** Share of the live rows the list lost, 0..100. */
    public double lostPercent() {
        return liveRows == 0 ? 0 : 100.0 * missingRows / liveRows;
    }

    /** One line for the summary, e.g. {@code list lost 60 of 100 live rows (60.0% > 50%)}. */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "list lost %d of %d live rows (%.1f%% %s %d%%)",
                missingRows, liveRows, lostPercent(), exceeded ? ">" : "<=", maxShrinkPercent);
    }
}
