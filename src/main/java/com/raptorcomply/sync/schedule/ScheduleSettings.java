package com.raptorcomply.sync.schedule;

import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import java.util.TimeZone;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When the resident scheduler fires, bound from {@code RCSYNC_SCHEDULE_CRON} and {@code RCSYNC_SCHEDULE_TIMEZONE}
 * (relaxed binding of {@code rcsync.schedule.*}); the defaults are declared here and nowhere else.
 *
 * @param cron a Quartz cron expression (seconds first): 2 a.m. every day by default
 * @param timezone the zone the cron is read in, UTC by default (a named zone follows daylight saving time)
 */
@Validated
@ConfigurationProperties("rcsync.schedule")
public record ScheduleSettings(@DefaultValue(ScheduleSettings.DEFAULT_CRON) @QuartzCron String cron,
        @DefaultValue("UTC") @NotNull ZoneId timezone) {

    static final String DEFAULT_CRON = "0 0 2 * * ?";

    TimeZone timeZone() {
        return TimeZone.getTimeZone(timezone);
    }
}
