package com.raptorcomply.sync.schedule;

import com.raptorcomply.sync.run.RunHistory;
import com.raptorcomply.sync.run.RunHistory.RunReport;
import com.raptorcomply.sync.warehouse.RunStatus;
import java.util.Map;
import org.quartz.JobDataMap;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run that a shutdown stopped (a rollout, a node drain: STOPPED) is resumed as a scheduler starts, not a day later
 * at the next cron firing. The firing only resumes: when two schedulers start together, the second finds nothing
 * left to resume instead of starting a new run.
 */
public final class ResumeAtStart {

    private static final Logger log = LoggerFactory.getLogger(ResumeAtStart.class);
    static final String RESUME_ONLY = "resumeOnly";

    private ResumeAtStart() {
    }

    public static void ifStopped(Scheduler scheduler, RunHistory history) throws SchedulerException {
        RunReport latest = history.recent(1).stream().findFirst().orElse(null);
        if (latest != null && RunStatus.STOPPED.name().equals(latest.run().status())) {
            log.info("Run {} was stopped before it finished: resuming it now", latest.run().runId());
            scheduler.triggerJob(JobKey.jobKey(ScheduleConfiguration.JOB), new JobDataMap(Map.of(RESUME_ONLY, true)));
        }
    }
}
