package com.raptorcomply.sync.ops;

import java.util.List;

/**
 * What {@code status} reports, one section per field: the top-level object of {@code status --json}. A new
 * section (the schedule, say) is a new field here and a new block in {@link StatusText}. {@code runningNow}: the
 * process holding the run lock, null when no run is going on.
 */
record StatusReport(String timeZone, String runningNow, List<RunView> runs) {
}
