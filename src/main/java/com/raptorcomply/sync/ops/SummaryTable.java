package com.raptorcomply.sync.ops;

import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.push.PushReport;
import com.raptorcomply.sync.run.Elapsed;
import com.raptorcomply.sync.run.RunOutcome;
import com.raptorcomply.sync.warehouse.DriftLog;
import com.raptorcomply.sync.warehouse.MergeCounts;
import com.raptorcomply.sync.warehouse.RejectionLog;
import com.raptorcomply.sync.warehouse.RunStatus;
import com.raptorcomply.sync.warehouse.RunSummary;
import com.raptorcomply.sync.warehouse.SyncRunRepository;
import java.io.PrintStream;
import java.util.List;

/** The table a person reads at a glance after a run: per resource what changed, and how long it took. */
final class SummaryTable {

    private static final int SHOWN_REJECTIONS = 10;

    private final SyncRunRepository runs;
    private final RejectionLog rejections;
    private final DriftLog drift;
    private final PushReport push;

    SummaryTable(SyncRunRepository runs, RejectionLog rejections, DriftLog drift, PushReport push) {
        this.runs = runs;
        this.rejections = rejections;
        this.drift = drift;
        this.push = push;
    }

    static SummaryTable of(Warehouse warehouse) {
        return new SummaryTable(warehouse.bean(SyncRunRepository.class), warehouse.bean(RejectionLog.class),
                warehouse.bean(DriftLog.class), warehouse.bean(PushReport.class));
    }

    void print(RunOutcome outcome, PrintStream out) {
        RunSummary run = runs.find(outcome.runId()).orElseThrow();
        out.printf("Run %d (execution %d): %s in %s, key %s%s%n", outcome.runId(), outcome.executionId(),
                outcome.status(), Elapsed.format(outcome.duration()), run.keySlot() == null ? "-" : run.keySlot().label(),
                run.dryRun() ? ", dry run" : "");
        var table = new CountsTable(out, "");
        for (ResourceType type : ResourceType.values()) {
            MergeCounts c = run.counts().get(type);
            if (c == null) {
                table.none(type.label());
            } else {
                table.row(type.label(), c.created(), c.updated(), c.deleted(), c.restored(), c.unchanged(),
                        c.rejected(), c.kept());
            }
        }
        printNotDeleted(run, out);
        drift.describe(outcome.runId(), null).forEach(line -> out.println("Warning: type drift in " + line));
        List<String> rejected = rejections.describe(outcome.runId(), SHOWN_REJECTIONS + 1);
        rejected.stream().limit(SHOWN_REJECTIONS).forEach(line -> out.println("Rejected " + line));
        if (rejected.size() > SHOWN_REJECTIONS) {
            out.println("More rejections: select * from raptor.sync_run_rejection where run_id = " + outcome.runId());
        }
        printPush(outcome, run, out);
    }

    /** Counts per action and outcome; the whole plan when nothing was sent (dry run, delete limit); failed rows. */
    private void printPush(RunOutcome outcome, RunSummary run, PrintStream out) {
        out.println("Push: " + push.countsLine(outcome.runId()));
        if (run.dryRun() || outcome.status() == RunStatus.DELETE_LIMIT_BLOCKED) {
            push.planTable(outcome.runId()).forEach(out::println);
        }
        List<String> problems = push.problems(outcome.runId());
        problems.stream().limit(SHOWN_REJECTIONS).forEach(line -> out.println("Push row " + line));
        if (problems.size() > SHOWN_REJECTIONS) {
            out.println("More push problems: select * from raptor.cyber_asset_push where run_id = " + outcome.runId()
                    + " and status <> 'done'");
        }
        if (run.dryRun()) {
            out.println("Dry run: no write was sent to Raptor Comply.");
        }
    }

    /** Rows a rejection kept, and deletions deferred because a rejected element had no usable id. */
    private static void printNotDeleted(RunSummary run, PrintStream out) {
        run.counts().forEach((type, counts) -> {
            if (counts.kept() > 0) {
                out.printf("Kept %d %s as they were: their elements were rejected in this run, so they are not"
                        + " marked deleted.%n", counts.kept(), type.label());
            }
            if (counts.deferred() > 0) {
                out.printf("Deletions deferred for %s: %d missing from the list were not marked deleted, because an"
                        + " element without a usable id was rejected.%n", type.label(), counts.deferred());
            }
        });
    }
}
