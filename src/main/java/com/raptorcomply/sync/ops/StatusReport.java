package com.raptorcomply.sync.ops;

import com.raptorcomply.sync.schedule.ScheduleState;
import java.util.List;

/**
 * What {@code status} reports, one section per field: the top-level object of {@code status --json}. A new
 * section (the schedule, say) is a new field here and a new block in {@link StatusText}. {@code runningNow}: the
 * process holding the run lock, null when no run is going on. {@code schedule}: the resident scheduler's trigger
 * (null when none is stored) and its instances.
 */
record StatusReport(String timeZone, String runningNow, List<RunView> runs, ScheduleState schedule) {
}
