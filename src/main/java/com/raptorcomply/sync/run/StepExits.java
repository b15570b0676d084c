package com.raptorcomply.sync.run;

import com.raptorcomply.sync.warehouse.RunStatus;

/** Exit statuses by which a step ends the job early (see {@link SyncJobConfiguration}'s flow). */
public final class StepExits {

    /** The merge rolled back: a list shrank beyond the limit. */
    public static final String SHRINK_BLOCKED = RunStatus.SHRINK_BLOCKED.name();
    /** The plan holds more deletes than RCSYNC_MAX_DELETES: nothing is sent. */
    public static final String DELETE_LIMIT_BLOCKED = RunStatus.DELETE_LIMIT_BLOCKED.name();
    /** A dry run, or push mode off: the plan is the end of the run. */
    public static final String PUSH_SKIPPED = "PUSH_SKIPPED";

    private StepExits() {
    }
}
