package com.raptorcomply.sync.schedule;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The job and its cron trigger, for the {@code schedule} command's context only: deliberately not a
 * {@code @Configuration}, so component scanning leaves it out of every other command. Boot's Quartz
 * auto-configuration stores both in the clustered job store, replacing what an earlier start stored.
 */
@EnableConfigurationProperties(ScheduleSettings.class)
public class ScheduleConfiguration {

    static final String JOB = "scheduledSync";
    static final String TRIGGER = "scheduledSyncTrigger";

    @Bean
    JobDetail scheduledSyncJob() {
        return JobBuilder.newJob(SyncFiring.class).withIdentity(JOB)
                .withDescription("sync --resume under the run lock")
                .storeDurably()
                .build();
    }

    /** "Fire once now" on a misfire: a firing missed while every scheduler was down (or busy) runs at start. */
    @Bean
    Trigger scheduledSyncTrigger(JobDetail scheduledSyncJob, ScheduleSettings settings) {
        return TriggerBuilder.newTrigger().withIdentity(TRIGGER).forJob(scheduledSyncJob)
                .withSchedule(CronScheduleBuilder.cronSchedule(settings.cron().strip())
                        .inTimeZone(settings.timeZone())
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }
}
