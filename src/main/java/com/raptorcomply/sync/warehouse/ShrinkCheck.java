package com.raptorcomply.sync.warehouse;

import java.util.Locale;

/**
 * The numbers behind a shrink decision: of {@code liveRows} present in the mirror, the merge would delete
 * {@code missingRows} gone from the {@code stagedRows} of the new list and {@code flaggedRows} the list marks
 * isDeleted. {@code exceeded} when that loss is over the policy's limit.
 */
public record ShrinkCheck(long liveRows, long stagedRows, long missingRows, long flaggedRows, int maxShrinkPercent,
                          boolean exceeded) {

    /** Live rows the merge would delete. */
    public long lostRows() {
        return missingRows + flaggedRows;
    }

    /** Share of the live rows the merge would delete, 0..100. */
    public double lostPercent() {
        return liveRows == 0 ? 0 : 100.0 * lostRows() / liveRows;
    }

    /** One line for the summary, e.g. {@code list would delete 60 of 100 live rows (60 missing, 0 flagged isDeleted; 60.0% > 50%)}. */
    public String describe() {
        return String.format(Locale.ROOT,
                "list would delete %d of %d live rows (%d missing, %d flagged isDeleted; %.1f%% %s %d%%)",
                lostRows(), liveRows, missingRows, flaggedRows, lostPercent(), exceeded ? ">" : "<=",
                maxShrinkPercent);
    }
}
