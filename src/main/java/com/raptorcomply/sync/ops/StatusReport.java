package com.raptorcomply.sync.ops;

import java.util.List;

/**
 * What {@code status} reports, one section per field: the top-level object of {@code status --json}. A new
 * section (the schedule, say) is a new field here and a new block in {@link StatusText}.
 */
record StatusReport(String timeZone, List<RunView> runs) {
}
