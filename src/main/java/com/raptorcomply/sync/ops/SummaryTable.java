package com.raptorcomply.sync.ops;

import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.run.RunOutcome;
import com.raptorcomply.sync.warehouse.MergeCounts;
import com.raptorcomply.sync.warehouse.RejectionLog;
import com.raptorcomply.sync.warehouse.RunSummary;
import com.raptorcomply.sync.warehouse.SyncRunRepository;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/** The table a person reads at a glance after a run: per resource what changed, and how long it took. */
final class SummaryTable {

    private static final String ROW = "%-16s %8s %8s %8s %8s %10s %9s%n";

    private static final int SHOWN_REJECTIONS = 10;

    private final SyncRunRepository runs;
    private final RejectionLog rejections;

    SummaryTable(SyncRunRepository runs, RejectionLog rejections) {
        this.runs = runs;
        this.rejections = rejections;
    }

    static SummaryTable of(Warehouse warehouse) {
        return new SummaryTable(warehouse.bean(SyncRunRepository.class), warehouse.bean(RejectionLog.class));
    }

    void print(RunOutcome outcome, PrintStream out) {
        RunSummary run = runs.find(outcome.runId()).orElseThrow();
        out.printf("Run %d (execution %d): %s in %s, key %s%s%n", outcome.runId(), outcome.executionId(),
                outcome.status(), format(outcome.duration()), run.keySlot() == null ? "-" : run.keySlot().label(),
                run.dryRun() ? ", dry run" : "");
        out.printf(ROW, "resource", "created", "updated", "deleted", "restored", "unchanged", "rejected");
        for (ResourceType type : ResourceType.values()) {
            MergeCounts counts = run.counts().get(type);
            if (counts == null) {
                out.printf(ROW, type.label(), "-", "-", "-", "-", "-", "-");
            } else {
                out.printf(ROW, type.label(), counts.created(), counts.updated(), counts.deleted(), counts.restored(),
                        counts.unchanged(), counts.rejected());
            }
        }
        List<String> rejected = rejections.describe(outcome.runId(), SHOWN_REJECTIONS + 1);
        rejected.stream().limit(SHOWN_REJECTIONS).forEach(line -> out.println("Rejected " + line));
        if (rejected.size() > SHOWN_REJECTIONS) {
            out.println("More rejections: select * from raptor.sync_run_rejection where run_id = " + outcome.runId());
        }
        if (run.dryRun()) {
            out.println("Dry run: no write was sent to Raptor Comply (pushing cyber assets is not in this version).");
        }
    }

    static String format(Duration duration) {
        return duration.toSeconds() >= 60 ? duration.toMinutes() + " min " + duration.toSecondsPart() + " s"
                : String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
