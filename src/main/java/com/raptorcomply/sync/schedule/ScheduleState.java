package com.raptorcomply.sync.schedule;

import java.time.Instant;
import java.util.List;

/**
 * The resident scheduler as the warehouse knows it (for {@code status}): the stored trigger, empty when no
 * {@code schedule} process ever ran here, and the instances of the cluster with their last check-in.
 */
public record ScheduleState(Trigger trigger, List<Instance> instances) {

    /** The cron and zone the cluster fires on (as the last scheduler to start stored them), and when next. */
    public record Trigger(String cron, String timezone, Instant nextFireTime, Instant previousFireTime, String state) {
    }

    /**
     * One scheduler process; {@code stale} when it missed several check-ins (stopped or gone: a live instance
     * removes a dead one's row when it notices).
     */
    public record Instance(String instanceId, Instant lastSeen, long checkinIntervalMillis, boolean stale) {
    }

    public boolean configured() {
        return trigger != null;
    }
}
