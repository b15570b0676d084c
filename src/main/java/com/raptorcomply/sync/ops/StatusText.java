package com.raptorcomply.sync.ops;

import com.raptorcomply.sync.push.PushReport;
import com.raptorcomply.sync.run.Elapsed;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** {@code status} as text: one block per section of the {@link StatusReport}. */
final class StatusText {

    private static final String RUN_ROW = "%-6s %-15s %-20s %-12s %-10s %s%n";
    private static final String DETAIL = "       ";

    private final PrintStream out;
    private final DateTimeFormatter local;

    StatusText(PrintStream out, ZoneId zone) {
        this.out = out;
        this.local = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(zone);
    }

    void print(StatusReport report) {
        printRuns(report);
        ScheduleSection.print(report.schedule(), Instant.now(), out);
    }

    private void printRuns(StatusReport report) {
        if (report.runs().isEmpty()) {
            out.println("No runs yet: start one with 'sync'.");
            return;
        }
        if (report.runningNow() != null) {
            out.printf("A sync is running now (%s).%n", report.runningNow());
        }
        out.printf("Runs, newest first (times in %s)%n", report.timeZone());
        out.printf(RUN_ROW, "run", "status", "started", "duration", "key", "");
        report.runs().forEach(this::printRun);
    }

    private void printRun(RunView run) {
        String notes = (run.dryRun() ? "dry run" : "") + (run.attempts() > 1
                ? (run.dryRun() ? ", " : "") + run.attempts() + " attempts" : "");
        out.printf(RUN_ROW, run.runId(), run.status(), local.format(run.startedAt()), duration(run),
                run.keySlot() == null ? "-" : run.keySlot(), notes);
        printCounts(run);
        out.printf("%spush: %s%n", DETAIL, PushReport.describe(run.push()));
        run.steps().forEach(step -> out.printf("%sstep %-18s %-10s read %d, staged %d%s%n", DETAIL, step.name(),
                step.status(), step.read(), step.staged(), step.durationSeconds() == null ? ""
                        : ", " + Elapsed.seconds(step.durationSeconds())));
        printFailure(run);
    }

    private void printCounts(RunView run) {
        if (!run.resources().isEmpty()) {
            var table = new CountsTable(out, DETAIL);
            run.resources().forEach(r -> table.row(r.resource(), r.created(), r.updated(), r.deleted(),
                    r.restored(), r.unchanged(), r.rejected(), r.kept()));
        }
        if (run.typeDriftWarnings() > 0) {
            out.printf("%stype drift warnings: %d (fields kept as received, see raptor.sync_run_drift)%n", DETAIL,
                    run.typeDriftWarnings());
        }
    }

    /** Where and why a run did not complete, and what to type next. */
    private void printFailure(RunView run) {
        if (run.failure() != null) {
            String what = switch (run.status()) {
                case "STOPPED" -> "stopped";
                case "SHRINK_BLOCKED" -> "blocked";
                default -> "failed";
            };
            out.printf("%s%s: %s%n", DETAIL, run.failure().step() == null ? what : what + " in step "
                    + run.failure().step(), run.failure().error());
        }
        if (run.nextCommand() != null) {
            out.printf("%snext: %s%n", DETAIL, advice(run));
        }
    }

    private static String advice(RunView run) {
        return switch (run.nextCommand()) {
            case RunViews.ALLOW_SHRINK -> "if the records really went away upstream, '" + RunViews.ALLOW_SHRINK
                    + "'; otherwise nothing was lost, wait and rerun 'sync'";
            case RunViews.CHECK_KEYS -> "'" + RunViews.CHECK_KEYS + "' says which key is expired or invalid; set a"
                    + " working one, then '" + RunViews.RESTART + "'";
            case RunViews.RESUME -> "STARTED".equals(run.status())
                    ? "its process died (no sync is running now): '" + RunViews.RESUME + "' recovers and resumes it"
                    : "'" + RunViews.RESUME + "' continues it from where it stopped";
            default -> "fix the cause, then '" + run.nextCommand() + "' (or '" + RunViews.RESUME + "')";
        };
    }

    private static String duration(RunView run) {
        if (run.durationSeconds() == null) {
            return "STARTED".equals(run.status()) ? "running" : "-";
        }
        return Elapsed.seconds(run.durationSeconds());
    }
}
