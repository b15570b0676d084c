package com.raptorcomply.sync.push;

/** How an import of a desired-state file ended; only {@link Imported} wrote anything. */
public sealed interface ImportResult {

    /** The file is now the desired state. */
    record Imported(long rows, ImportCounts counts) implements ImportResult {
    }

    /** The file has problems; nothing was written. */
    record Invalid(CsvProblems problems) implements ImportResult {
    }

    /** The file would remove more desired rows than allowed; nothing was written. */
    record ShrinkBlocked(long existing, long removing, long percent, int maxPercent) implements ImportResult {
    }
}
