package com.raptorcomply.sync.ops;

/** The process exit codes of the contract; a CronJob reads nothing else. */
public final class ExitCode {

    public static final int OK = 0;
    /** The run failed; it can be restarted. */
    public static final int RUN_FAILED = 1;
    /** Usage or configuration error: nothing was run. */
    public static final int USAGE = 2;
    /** Every configured key was rejected; nothing in the warehouse changed. */
    public static final int NO_USABLE_KEY = 3;
    /** A safety limit (shrink, deletes) stopped the run; nothing destructive was applied. */
    public static final int SAFETY_LIMIT = 4;

    private ExitCode() {
    }
}
