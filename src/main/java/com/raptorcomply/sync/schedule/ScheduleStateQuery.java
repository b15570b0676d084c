package com.raptorcomply.sync.schedule;

import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the scheduler's state from Quartz's tables (schema {@code quartz}, migration V11), without a scheduler. */
@Component
public class ScheduleStateQuery {

    /** An instance that missed this many check-ins is reported stale. */
    private static final int MISSED_CHECKINS = 3;

    private static final String TRIGGER_SQL = """
            SELECT c.cron_expression, c.time_zone_id, t.next_fire_time, t.prev_fire_time, t.trigger_state
              FROM quartz.qrtz_triggers t
              JOIN quartz.qrtz_cron_triggers c
                ON c.sched_name = t.sched_name AND c.trigger_name = t.trigger_name
               AND c.trigger_group = t.trigger_group
             WHERE t.sched_name = :scheduler AND t.trigger_name = :trigger
            """;
    private static final String INSTANCES_SQL = """
            SELECT instance_name, last_checkin_time, checkin_interval FROM quartz.qrtz_scheduler_state
             WHERE sched_name = :scheduler ORDER BY instance_name
            """;

    private final JdbcClient jdbc;
    private final String schedulerName;

    /** Quartz keys every row by the scheduler's name (also in the contexts without Quartz: the same setting). */
    ScheduleStateQuery(DataSource dataSource, @Value("${spring.quartz.scheduler-name}") String schedulerName) {
        this.jdbc = JdbcClient.create(dataSource);
        this.schedulerName = schedulerName;
    }

    /** Over a plain DataSource, without a context: for {@code status} on a warehouse that needs no migration. */
    public static ScheduleStateQuery over(DataSource dataSource, String schedulerName) {
        return new ScheduleStateQuery(dataSource, schedulerName);
    }

    public ScheduleState current() {
        Instant now = Instant.now();
        ScheduleState.Trigger trigger = jdbc.sql(TRIGGER_SQL).param("scheduler", schedulerName)
                .param("trigger", ScheduleConfiguration.TRIGGER)
                .query((row, n) -> new ScheduleState.Trigger(row.getString(1), row.getString(2),
                        instant(row.getLong(3)), instant(row.getLong(4)), row.getString(5)))
                .optional().orElse(null);
        List<ScheduleState.Instance> instances = jdbc.sql(INSTANCES_SQL).param("scheduler", schedulerName)
                .query((row, n) -> instance(row.getString(1), row.getLong(2), row.getLong(3), now)).list();
        return new ScheduleState(trigger, instances);
    }

    private static ScheduleState.Instance instance(String id, long lastCheckin, long interval, Instant now) {
        Instant lastSeen = Instant.ofEpochMilli(lastCheckin);
        boolean stale = lastSeen.plusMillis(interval * MISSED_CHECKINS).isBefore(now);
        return new ScheduleState.Instance(id, lastSeen, interval, stale);
    }

    /** Quartz stores epoch milliseconds, and -1 or 0 for "none". */
    private static Instant instant(long epochMillis) {
        return epochMillis <= 0 ? null : Instant.ofEpochMilli(epochMillis);
    }
}
