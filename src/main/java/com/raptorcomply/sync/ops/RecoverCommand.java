package com.raptorcomply.sync.ops;

import com.raptorcomply.sync.run.RunIds;
import com.raptorcomply.sync.run.RunLock;
import com.raptorcomply.sync.run.SyncRuns;
import java.util.concurrent.Callable;
import org.springframework.batch.core.job.JobExecution;
import picocli.CommandLine.Command;

/** Marks FAILED the executions a dead process left STARTED, so that they can be restarted. */
@Command(name = "recover", mixinStandardHelpOptions = true,
        description = {"Marks FAILED the executions left STARTED by a process that died, so they can be restarted.",
            "Refuses (exit 2) while a live process is running a sync."})
final class RecoverCommand implements Callable<Integer> {

    private final Console console;

    RecoverCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        try (Warehouse warehouse = Warehouse.open(console)) {
            var recovered = warehouse.bean(SyncRuns.class).recover();
            if (recovered.isEmpty()) {
                console.out().println("Nothing to recover: no execution is left STARTED.");
            }
            for (JobExecution execution : recovered) {
                console.out().println("Execution " + execution.getId() + " of run " + RunIds.of(execution)
                        + " marked " + execution.getStatus() + ": restart it with 'restart --last-failed'.");
            }
            return ExitCode.OK;
        } catch (RunLock.RunLockedException e) {
            throw new UsageException(e.getMessage() + "; nothing was recovered", e);
        }
    }
}
