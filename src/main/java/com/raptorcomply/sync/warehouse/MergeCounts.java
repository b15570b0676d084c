package com.raptorcomply.sync.warehouse;

/** What one merge did to one mirror table; {@code rejected} counts list elements that could not be staged. */
public record MergeCounts(int created, int updated, int deleted, int restored, int unchanged, int rejected) {

    public static final MergeCounts NONE = new MergeCounts(0, 0, 0, 0, 0, 0);

    /** Rows written: created + updated + deleted + restored. */
    public int changes() {
        return created + updated + deleted + restored;
    }
}
