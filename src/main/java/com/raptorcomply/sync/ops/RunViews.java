package com.raptorcomply.sync.ops;

import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.run.RunHistory.RunReport;
import com.raptorcomply.sync.run.RunHistory.StepReport;
import com.raptorcomply.sync.warehouse.MergeCounts;
import com.raptorcomply.sync.warehouse.RunStatus;
import com.raptorcomply.sync.warehouse.RunSummary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the run history into what a person needs: for a run that did not complete, where it stopped, why, and the
 * one command that continues it. Only the latest run can be continued: an older one was superseded.
 */
final class RunViews {

    static final String RESTART = "restart --last-failed";
    static final String RESUME = "sync --resume";
    static final String ALLOW_SHRINK = "sync --allow-shrink";
    static final String CHECK_KEYS = "check-keys";

    private RunViews() {
    }

    /** {@code running}: whether a live process holds the run lock (else a STARTED run was left by a dead one). */
    static List<RunView> of(List<RunReport> reports, boolean running) {
        List<RunView> views = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            views.add(of(reports.get(i), i == 0, running));
        }
        return views;
    }

    static RunView of(RunReport report, boolean latest, boolean running) {
        RunSummary run = report.run();
        Optional<RunView.FailureView> failure = failure(run);
        return new RunView(run.runId(), run.status(), run.startedAt(), run.finishedAt(),
                run.finishedAt() == null ? null : seconds(Duration.between(run.startedAt(), run.finishedAt())),
                run.keySlot() == null ? null : run.keySlot().label(), run.dryRun(), run.attempts(),
                run.jobExecutionId(), resources(run), report.driftWarnings(),
                report.steps().stream().map(RunViews::step).toList(), failure.orElse(null),
                latest ? nextCommand(run.status(), failure, running).orElse(null) : null, Map.of());
    }

    private static Optional<String> nextCommand(String status, Optional<RunView.FailureView> failure,
            boolean running) {
        if (RunStatus.SHRINK_BLOCKED.name().equals(status)) {
            return Optional.of(ALLOW_SHRINK);
        }
        if (RunStatus.NO_USABLE_KEY.name().equals(status) || failure.map(RunViews::isKeyFailure).orElse(false)) {
            return Optional.of(CHECK_KEYS);
        }
        if (RunStatus.STOPPED.name().equals(status) || RunStatus.STARTED.name().equals(status) && !running) {
            return Optional.of(RESUME);
        }
        return RunStatus.FAILED.name().equals(status) ? Optional.of(RESTART) : Optional.empty();
    }

    /** A key revoked or expired in the middle of the run, with no other key to fall back on. */
    private static boolean isKeyFailure(RunView.FailureView failure) {
        return failure.error().startsWith("AuthenticationException") || failure.error().startsWith("NoUsableKey");
    }

    private static Optional<RunView.FailureView> failure(RunSummary run) {
        return Optional.ofNullable(run.error()).map(error -> new RunView.FailureView(run.failedStep(), error));
    }

    private static List<RunView.ResourceView> resources(RunSummary run) {
        List<RunView.ResourceView> resources = new ArrayList<>();
        for (ResourceType type : ResourceType.values()) {
            MergeCounts c = run.counts().get(type);
            if (c != null) {
                resources.add(new RunView.ResourceView(type.label(), c.created(), c.updated(), c.deleted(),
                        c.restored(), c.unchanged(), c.rejected(), c.kept(), c.deferred()));
            }
        }
        return resources;
    }

    private static RunView.StepView step(StepReport step) {
        return new RunView.StepView(step.name(), step.status(), step.read(), step.written(),
                step.duration() == null ? null : seconds(step.duration()));
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
