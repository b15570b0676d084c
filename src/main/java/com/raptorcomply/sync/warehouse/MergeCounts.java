package com.raptorcomply.sync.warehouse;

/**
 * What one merge did to one mirror table; {@code rejected} counts list elements that could not be staged,
 * {@code kept} rows left as they were because their element was rejected, {@code deferred} live rows absent
 * from the list but not deleted, because an element without a usable id was rejected.
 */
public record MergeCounts(int created, int updated, int deleted, int restored, int unchanged, int rejected,
                          int kept, int deferred) {

    public static final MergeCounts NONE = new MergeCounts(0, 0, 0, 0, 0, 0);

    public MergeCounts(int created, int updated, int deleted, int restored, int unchanged, int rejected) {
        this(created, updated, deleted, restored, unchanged, rejected, 0, 0);
    }

    /** Rows written: created + updated + deleted + restored. */
    public int changes() {
        return created + updated + deleted + restored;
    }

    /** The counts in the words of the summary table and {@code status}, for log lines. */
    public String describe() {
        return "created %d, updated %d, deleted %d, restored %d, unchanged %d, rejected %d, kept %d".formatted(
                created, updated, deleted, restored, unchanged, rejected, kept);
    }
}
