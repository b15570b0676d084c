package com.raptorcomply.sync.ops;

import com.raptorcomply.sync.client.KeySlot;
import com.raptorcomply.sync.run.RunOutcome;
import com.raptorcomply.sync.run.SyncRuns;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** One run: key preflight, pull of the four lists, merge into the mirror, plan and push, summary. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"One run: preflight (keys), pull facilities, control centers, cyber systems and cyber assets,",
            "merge into the warehouse, plan and push the desired cyber assets (RCSYNC_PUSH_MODE), summary."})
final class SyncCommand implements Callable<Integer> {

    private final Console console;

    @Option(names = "--dry-run", description = "Pull and plan; send no write to the API.")
    boolean dryRun;

    @Option(names = "--resume", description = "Restart the latest run if it FAILED or STOPPED, else start a new one.")
    boolean resume;

    @Mixin
    ShrinkOption shrink = new ShrinkOption();

    SyncCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        return new RunReporter(console).report((runs, key) -> resume
                ? runs.resume(key, dryRun, shrink.allowShrink) : runs.start(key, dryRun, shrink.allowShrink));
    }

    /** {@code plan}: the same as {@code sync --dry-run}. */
    @Command(name = "plan", mixinStandardHelpOptions = true,
            description = {"Same as 'sync --dry-run': pull into the warehouse, plan the push and print the planned",
                "creates, updates and deletes; send no write to the API."})
    static final class Plan implements Callable<Integer> {

        private final Console console;

        @Mixin
        ShrinkOption shrink = new ShrinkOption();

        Plan(Console console) {
            this.console = console;
        }

        @Override
        public Integer call() {
            return new RunReporter(console).report((runs, key) -> runs.start(key, true, shrink.allowShrink));
        }
    }

    /** {@code restart <executionId>} or {@code restart --last-failed}. */
    @Command(name = "restart", mixinStandardHelpOptions = true,
            description = "Restarts a FAILED or STOPPED execution of the latest run from its failed step.")
    static final class Restart implements Callable<Integer> {

        private final Console console;

        @picocli.CommandLine.Parameters(paramLabel = "executionId", arity = "0..1",
                description = "The execution to restart (see 'status').")
        Long executionId;

        @Option(names = "--last-failed", description = "Restart the latest run if it failed.")
        boolean lastFailed;

        Restart(Console console) {
            this.console = console;
        }

        @Override
        public Integer call() {
            if ((executionId == null) == !lastFailed) {
                throw new UsageException("give either an execution id or --last-failed");
            }
            return new RunReporter(console).report((runs, key) -> lastFailed ? runs.restartLastFailed(key)
                    : runs.restart(key, executionId));
        }
    }

    /** {@code --allow-shrink}, shared by {@code sync} and {@code plan}. */
    static final class ShrinkOption {

        @Option(names = "--allow-shrink", description = "Accept lists that lost more than RCSYNC_MAX_SHRINK_PERCENT.")
        boolean allowShrink;
    }

    /** What to do with the runs, given the key the preflight chose. */
    interface RunAction {
        RunOutcome run(SyncRuns runs, KeySlot key);
    }
}
