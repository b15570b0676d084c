package com.raptorcomply.sync.ops;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Commands of the contract whose capability has not landed yet: they say so and exit 2. */
abstract class NotYetAvailableCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new UsageException("not available yet in this version");
    }

    @Command(name = "schedule", mixinStandardHelpOptions = true,
            description = "Long-running: fires 'sync --resume' on RCSYNC_SCHEDULE_CRON under Quartz (not available yet).")
    static final class Schedule extends NotYetAvailableCommand {
    }
}
