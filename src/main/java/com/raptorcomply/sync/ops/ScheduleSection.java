package com.raptorcomply.sync.ops;

import com.raptorcomply.sync.schedule.ScheduleState;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

/** The resident scheduler's part of {@code status}: what the cluster fires on, when next, and who is in it. */
final class ScheduleSection {

    private ScheduleSection() {
    }

    static void print(ScheduleState state, Instant now, PrintStream out) {
        out.println();
        if (!state.configured()) {
            out.println("Schedule: none stored (no 'schedule' process has run against this warehouse).");
            return;
        }
        ScheduleState.Trigger trigger = state.trigger();
        out.printf("Schedule: '%s' in %s, next firing %s, last firing %s (%s)%n", trigger.cron(), trigger.timezone(),
                orNone(trigger.nextFireTime()), orNone(trigger.previousFireTime()), trigger.state());
        out.printf("    %d scheduler instance%s%s%n", state.instances().size(),
                state.instances().size() == 1 ? "" : "s", state.instances().isEmpty() ? " running" : ":");
        for (ScheduleState.Instance instance : state.instances()) {
            out.printf("    %-40s last seen %s (%s s ago)%s%n", instance.instanceId(), instance.lastSeen(),
                    Duration.between(instance.lastSeen(), now).toSeconds(),
                    instance.stale() ? "  stale: stopped or gone" : "");
        }
    }

    private static String orNone(Instant instant) {
        return instant == null ? "none" : instant.toString();
    }
}
