package com.raptorcomply.sync.ops;

import com.raptorcomply.sync.run.GracefulStop;
import com.raptorcomply.sync.run.RunHistory;
import com.raptorcomply.sync.schedule.ResumeAtStart;
import com.raptorcomply.sync.schedule.ScheduleConfiguration;
import com.raptorcomply.sync.schedule.ScheduleState;
import com.raptorcomply.sync.schedule.ScheduleStateQuery;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;

/**
 * The resident scheduler: joins the Quartz cluster in the warehouse and fires {@code sync --resume} on
 * RCSYNC_SCHEDULE_CRON until SIGTERM, which stops a running sync after its chunk (STOPPED, resumable), waits for
 * it, shuts the scheduler down and exits 0.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = {"Long-running: fires 'sync --resume' on RCSYNC_SCHEDULE_CRON (zone RCSYNC_SCHEDULE_TIMEZONE)",
            "under Quartz, clustered in the warehouse: run it in as many places as you like, each firing runs once.",
            "SIGTERM stops a running sync after its chunk (resumed by the next firing) and exits 0."})
final class ScheduleCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(ScheduleCommand.class);
    /** Quartz joins this command's context only: application.properties excludes it from every other command. */
    static final Map<String, Object> WITH_QUARTZ = Map.of("spring.autoconfigure.exclude", "");

    private final Console console;

    ScheduleCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        try (Termination termination = Termination.arm()) {
            CountDownLatch signalled = new CountDownLatch(1);
            try (Warehouse warehouse = Warehouse.open(console, WITH_QUARTZ, ScheduleConfiguration.class)) {
                Scheduler scheduler = warehouse.bean(Scheduler.class);
                GracefulStop stop = warehouse.bean(GracefulStop.class);
                termination.onSignalRun(() -> {
                    stopFiring(scheduler, stop);
                    signalled.countDown();
                });
                announce(scheduler, warehouse.bean(ScheduleStateQuery.class).current());
                ResumeAtStart.ifStopped(scheduler, warehouse.bean(RunHistory.class));
                signalled.await();
                scheduler.shutdown(true);
                log.info("Scheduler stopped");
            }
            return ExitCode.OK;
        }
    }

    /** No new firing from now on; a sync this process is running stops after its current chunk. */
    private static void stopFiring(Scheduler scheduler, GracefulStop stop) {
        try {
            scheduler.standby();
            if (!scheduler.getCurrentlyExecutingJobs().isEmpty()) {
                stop.stopRunning("Shutdown signal");
            }
            log.info("Shutdown signal: the scheduler takes no new firing and stops");
        } catch (SchedulerException e) {
            log.warn("Shutdown signal: stopping the running sync ({})", e.getMessage());
            stop.stopRunning("Shutdown signal");
        }
    }

    private static void announce(Scheduler scheduler, ScheduleState state) throws SchedulerException {
        ScheduleState.Trigger trigger = state.trigger();
        log.info("Scheduler {} started: cron '{}' in {}, next firing at {}. SIGTERM (Ctrl-C) stops it.",
                scheduler.getSchedulerInstanceId(), trigger.cron(), trigger.timezone(), trigger.nextFireTime());
    }
}
