package com.raptorcomply.sync.warehouse;

/** Status of a sync run as stored in {@code raptor.sync_run.status}. */
public enum RunStatus {
    STARTED,
    COMPLETED,
    FAILED,
    STOPPED,
    /** The merge would delete more than RCSYNC_MAX_SHRINK_PERCENT of a table's live rows: exit 4. */
    SHRINK_BLOCKED,
    /** More planned deletes than RCSYNC_MAX_DELETES: exit 4. */
    DELETE_LIMIT_BLOCKED,
    /** Every configured key was rejected: exit 3. */
    NO_USABLE_KEY
}
