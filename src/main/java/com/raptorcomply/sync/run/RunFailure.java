package com.raptorcomply.sync.run;

import com.raptorcomply.sync.client.KeyRedaction;
import com.raptorcomply.sync.client.RaptorComplyException;
import com.raptorcomply.sync.warehouse.RunStatus;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * Where an execution that did not complete stopped, and why, in one line with keys masked: what {@code status}
 * and the summary show. {@code step} is null when no step was to blame (stopped before the first one).
 */
public record RunFailure(String step, String error) {

    static final String STOPPED = "stopped before it finished (shutdown signal or lost run lock)";
    static final String NO_CAUSE = "no cause recorded";
    static final String DIED = "the process running it died (killed, out of memory, node lost)";
    private static final int MAX_LENGTH = 1000;

    static Optional<RunFailure> of(JobExecution execution) {
        RunStatus status = SyncRunListener.statusOf(execution);
        if (status == RunStatus.COMPLETED || status == RunStatus.STARTED) {
            return Optional.empty();
        }
        Optional<StepExecution> step = execution.getStepExecutions().stream()
                .sorted(Comparator.comparing(StepExecution::getId))
                .filter(RunFailure::didNotComplete)
                .findFirst();
        // a stop interrupts the step (JobInterruptedException or none at all, depending on where it lands)
        String why = status == RunStatus.STOPPED ? STOPPED
                : step.map(RunFailure::why).orElseGet(() -> why(execution));
        return Optional.of(new RunFailure(step.map(StepExecution::getStepName).orElse(null), oneLine(why)));
    }

    private static boolean didNotComplete(StepExecution step) {
        return step.getStatus() != BatchStatus.COMPLETED
                || RunStatus.SHRINK_BLOCKED.name().equals(step.getExitStatus().getExitCode());
    }

    private static String why(StepExecution step) {
        if (!step.getFailureExceptions().isEmpty()) {
            return describe(step.getFailureExceptions().get(0));
        }
        if (RunStatus.SHRINK_BLOCKED.name().equals(step.getExitStatus().getExitCode())) {
            return "shrink guard: " + step.getExitStatus().getExitDescription();
        }
        return NO_CAUSE;
    }

    private static String why(JobExecution execution) {
        return execution.getAllFailureExceptions().stream().findFirst().map(RunFailure::describe).orElse(NO_CAUSE);
    }

    /** The most telling cause: the client's own error when there is one (Batch wraps it), else the root cause. */
    static String describe(Throwable failure) {
        Throwable telling = failure;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            telling = cause;
            if (cause instanceof RaptorComplyException) {
                break;
            }
        }
        return telling.getClass().getSimpleName() + ": " + telling.getMessage();
    }

    private static String oneLine(String text) {
        String line = KeyRedaction.redact(text).replaceAll("\\s*\\R\\s*", " ").strip();
        return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH - 1) + "…";
    }
}
