package com.raptorcomply.sync.schedule;

import com.raptorcomply.sync.auth.NoUsableKeyException;
import com.raptorcomply.sync.auth.Preflight;
import com.raptorcomply.sync.client.KeyRedaction;
import com.raptorcomply.sync.client.KeySlot;
import com.raptorcomply.sync.run.RestartRefusedException;
import com.raptorcomply.sync.run.RunLock;
import com.raptorcomply.sync.run.RunOutcome;
import com.raptorcomply.sync.run.SyncRuns;
import com.raptorcomply.sync.warehouse.RunStatus;
import java.util.Objects;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One firing: what {@code sync --resume} does, in this process. The keys are read again and probed, then the
 * latest run is resumed if it FAILED or STOPPED (else a new one starts), under the same run lock as every sync.
 * A firing from {@link ResumeAtStart} only resumes.
 * Nothing escapes to Quartz: a failed firing is one log line, and the next firing resumes the run.
 */
@DisallowConcurrentExecution
public class SyncFiring implements Job {

    private static final Logger log = LoggerFactory.getLogger(SyncFiring.class);

    private final Preflight preflight;
    private final SyncRuns runs;

    public SyncFiring(Preflight preflight, SyncRuns runs) {
        this.preflight = preflight;
        this.runs = runs;
    }

    @Override
    public void execute(JobExecutionContext context) {
        if (stopping(context)) {
            log.info("Firing skipped: the scheduler is stopping");
            return;
        }
        try {
            KeySlot key = preflight.chooseKey();
            boolean resumeOnly = context.getMergedJobDataMap().getBooleanValue(ResumeAtStart.RESUME_ONLY);
            report(resumeOnly ? runs.restartLastFailed(key) : runs.resume(key, false, false));
        } catch (RestartRefusedException e) {
            log.info("Nothing to resume: {}", oneLine(e));
        } catch (NoUsableKeyException e) {
            log.error("Scheduled sync did not run: {} The next firing tries again.", oneLine(e));
        } catch (RunLock.RunLockedException e) {
            log.warn("Scheduled sync skipped: {}. Waiting for the next firing.", oneLine(e));
        } catch (RuntimeException e) {
            log.error("Scheduled sync failed: {}. The next firing resumes it.", oneLine(e));
        }
    }

    private static void report(RunOutcome outcome) {
        long run = outcome.runId();
        if (outcome.status() == RunStatus.COMPLETED) {
            log.info("Scheduled run {} COMPLETED in {} s", run, outcome.duration().toSeconds());
        } else if (outcome.status() == RunStatus.SHRINK_BLOCKED) {
            log.error("Scheduled run {} SHRINK_BLOCKED: a list shrank beyond RCSYNC_MAX_SHRINK_PERCENT, nothing was"
                    + " marked deleted. If the shrink is expected, run 'sync --allow-shrink'.", run);
        } else if (outcome.status() == RunStatus.STOPPED) {
            log.warn("Scheduled run {} was stopped before it finished; the next firing resumes it.", run);
        } else {
            log.error("Scheduled run {} {}: {}. The next firing resumes it (or run 'restart --last-failed').", run,
                    outcome.status(), KeyRedaction.redact(outcome.firstFailure().orElse("no cause recorded")));
        }
    }

    /**
     * A firing that began as a shutdown signal put the scheduler in standby does nothing. Quartz counts this job as
     * executing before it runs, so the signal either sees it (and stops its run) or the job sees the standby.
     */
    private static boolean stopping(JobExecutionContext context) {
        try {
            return context.getScheduler().isInStandbyMode() || context.getScheduler().isShutdown();
        } catch (SchedulerException e) {
            return true;
        }
    }

    private static String oneLine(Exception e) {
        String message = Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName());
        return KeyRedaction.redact(message.lines().findFirst().orElse(message));
    }
}
