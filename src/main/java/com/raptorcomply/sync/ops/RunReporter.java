package com.raptorcomply.sync.ops;

import com.raptorcomply.sync.auth.NoUsableKeyException;
import com.raptorcomply.sync.client.KeyRedaction;
import com.raptorcomply.sync.client.KeySlot;
import com.raptorcomply.sync.run.GracefulStop;
import com.raptorcomply.sync.run.RestartRefusedException;
import com.raptorcomply.sync.run.RunLock;
import com.raptorcomply.sync.run.RunOutcome;
import com.raptorcomply.sync.run.SyncRuns;
import com.raptorcomply.sync.warehouse.RunStatus;

/** Runs a sync action against the warehouse, prints its summary and turns the outcome into the exit code. */
final class RunReporter {

    private final Console console;

    RunReporter(Console console) {
        this.console = console;
    }

    /**
     * The key preflight runs while the warehouse's context starts, and the warehouse opens no connection before it
     * has passed: no usable key leaves the warehouse untouched. A shutdown signal stops the run after its current
     * chunk (see {@link Termination}).
     */
    int report(SyncCommand.RunAction action) {
        try (Termination termination = Termination.arm()) {
            Warehouse.requireValidUrl(console);
            KeyCheck keyCheck = new KeyCheck(() -> ClientContext.preflight(console).chooseKey());
            try (Warehouse warehouse = Warehouse.openAfter(keyCheck, console)) {
                KeySlot key = keyCheck.await();
                termination.onSignalRun(() -> warehouse.bean(GracefulStop.class).stopRunning("Shutdown signal"));
                RunOutcome outcome = action.run(warehouse.bean(SyncRuns.class), key);
                SummaryTable.of(warehouse).print(outcome, console.out());
                return exitCodeOf(outcome);
            }
        } catch (NoUsableKeyException e) {
            console.err().println(e.getMessage());
            return ExitCode.NO_USABLE_KEY;
        } catch (RestartRefusedException e) {
            throw new UsageException(e.getMessage(), e);
        } catch (RunLock.RunLockedException e) {
            console.err().println(e.getMessage());
            return ExitCode.RUN_FAILED;
        }
    }

    private int exitCodeOf(RunOutcome outcome) {
        if (outcome.status() == RunStatus.COMPLETED) {
            return ExitCode.OK;
        }
        if (outcome.status() == RunStatus.SHRINK_BLOCKED) {
            console.err().println("A list shrank beyond RCSYNC_MAX_SHRINK_PERCENT: nothing was marked deleted."
                    + " If the shrink is expected, run 'sync --allow-shrink'.");
            return ExitCode.SAFETY_LIMIT;
        }
        if (outcome.status() == RunStatus.DELETE_LIMIT_BLOCKED) {
            console.err().println("The plan holds more deletes than RCSYNC_MAX_DELETES: nothing was sent (the plan is"
                    + " above). If the deletes are intended, raise RCSYNC_MAX_DELETES for one run.");
            return ExitCode.SAFETY_LIMIT;
        }
        if (outcome.status() == RunStatus.STOPPED) {
            console.err().println("Run " + outcome.runId() + " was stopped before it finished; resume it with"
                    + " 'sync --resume' or 'restart --last-failed'.");
            return ExitCode.RUN_FAILED;
        }
        console.err().println("Run " + outcome.runId() + " " + outcome.status() + ": "
                + KeyRedaction.redact(outcome.firstFailure().orElse("no cause recorded"))
                + ". Fix the cause, then 'restart --last-failed' (or 'sync --resume').");
        return ExitCode.RUN_FAILED;
    }
}
