package com.raptorcomply.sync.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.raptorcomply.sync.push.PushReport;
import com.raptorcomply.sync.run.RunHistory;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Recent runs as a table: status, local start time, duration, key slot, counts per resource, and for a run that
 * did not complete where it stopped, why, and the command that continues it. {@code --json}: see {@link RunView}.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Recent runs: status, start (local time), duration, key slot, counts per resource, push;",
            "for a run that did not complete: the step, its error and the command that continues it;",
            "then the schedule: cron, zone, next firing, scheduler instances and when each was last seen."})
final class StatusCommand implements Callable<Integer> {

    private final Console console;

    /** Where the warehouse is read from; tests replace it to compare the direct way with the context's. */
    Function<Console, StatusSources> sources = StatusSources::open;

    @Option(names = "--limit", description = "How many runs, newest first (default: ${DEFAULT-VALUE}).")
    int limit = 10;

    @Option(names = "--json", description = "Print JSON (the shape documented in the README) instead of text.")
    boolean json;

    StatusCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw new UsageException("--limit must be at least 1, not " + limit);
        }
        try (StatusSources warehouse = sources.apply(console)) {
            ZoneId zone = ZoneId.systemDefault();
            RunHistory history = warehouse.history();
            Optional<String> running = history.running();
            PushReport push = warehouse.push();
            var runs = RunViews.of(history.recent(limit), running.isPresent()).stream()
                    .map(run -> run.withPush(push.counts(run.runId()))).toList();
            var report = new StatusReport(zone.getId(), running.orElse(null), runs,
                    warehouse.schedule().current());
            if (json) {
                console.out().println(jsonMapper().writeValueAsString(report));
            } else {
                new StatusText(console.out(), zone).print(report);
            }
            return ExitCode.OK;
        }
    }

    private static ObjectMapper jsonMapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }
}
