package com.raptorcomply.sync.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.push.PushReport;
import com.raptorcomply.sync.run.RunHistory;
import com.raptorcomply.sync.run.RunHistory.RunReport;
import com.raptorcomply.sync.schedule.ScheduleState;
import com.raptorcomply.sync.schedule.ScheduleStateQuery;
import com.raptorcomply.sync.warehouse.MergeCounts;
import com.raptorcomply.sync.warehouse.RunSummary;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Recent runs: id, start, end, status, key slot, per-step status and per-resource counts; then the resident
 * scheduler's cron, zone, next firing and instances.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Recent runs: id, start, end, status, key slot used, per-step status and counts;",
            "then the schedule: cron, zone, next firing, scheduler instances and when each was last seen."})
final class StatusCommand implements Callable<Integer> {

    private final Console console;

    @Option(names = "--limit", description = "How many runs, newest first (default: ${DEFAULT-VALUE}).")
    int limit = 10;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    StatusCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw new UsageException("--limit must be at least 1, not " + limit);
        }
        try (Warehouse warehouse = Warehouse.open(console)) {
            List<RunReport> reports = warehouse.bean(RunHistory.class).recent(limit);
            ScheduleState schedule = warehouse.bean(ScheduleStateQuery.class).current();
            PushReport push = warehouse.bean(PushReport.class);
            if (json) {
                console.out().println(jsonMapper().writeValueAsString(new Json(withPush(reports, push), schedule)));
            } else {
                printText(reports, console.out());
                reports.forEach(report -> console.out().printf("run %d push: %s%n", report.run().runId(),
                        push.countsLine(report.run().runId())));
                ScheduleSection.print(schedule, Instant.now(), console.out());
            }
            return ExitCode.OK;
        }
    }

    /** Each run's report with its push counts per action and outcome ({@code "push": {"create": {"done": 3}}}). */
    private static List<ObjectNode> withPush(List<RunReport> reports, PushReport push) {
        ObjectMapper mapper = jsonMapper();
        return reports.stream().map(report -> {
            ObjectNode node = mapper.valueToTree(report);
            node.set("push", mapper.valueToTree(push.counts(report.run().runId())));
            return node;
        }).toList();
    }

    private static ObjectMapper jsonMapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    private static void printText(List<RunReport> reports, PrintStream out) {
        if (reports.isEmpty()) {
            out.println("No runs yet: start one with 'sync'.");
        }
        for (RunReport report : reports) {
            RunSummary run = report.run();
            out.printf("run %d  %s  %s -> %s  key %s  execution %s%s%n", run.runId(), run.status(),
                    time(run.startedAt()), time(run.finishedAt()), run.keySlot() == null ? "-" : run.keySlot().label(),
                    run.jobExecutionId() == null ? "-" : run.jobExecutionId(), run.dryRun() ? "  dry run" : "");
            report.steps().forEach(step -> out.printf("    step %-24s %-10s read %d, staged %d%n", step.name(),
                    step.status(), step.read(), step.written()));
            for (ResourceType type : ResourceType.values()) {
                MergeCounts counts = run.counts().get(type);
                if (counts != null) {
                    out.printf("    %-16s %s%n", type.label(), counts);
                }
            }
        }
    }

    private static String time(Instant instant) {
        return instant == null ? "(running)" : instant.toString();
    }

    /** {@code status --json}: the runs, newest first, and the schedule ({@code trigger} null when none is stored). */
    private record Json(List<ObjectNode> runs, ScheduleState schedule) {
    }
}
