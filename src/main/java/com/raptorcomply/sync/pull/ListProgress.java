package com.raptorcomply.sync.pull;

import com.raptorcomply.sync.client.ListItem;
import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.run.Elapsed;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of one list being read: a counter the reader bumps per record, checked against the clock, that logs
 * one line per {@code RCSYNC_PROGRESS_INTERVAL} (records read, rate, elapsed, how many the mirror held as they are),
 * never one per record; and one line when the list was read whole. Lives on the step's thread only.
 */
final class ListProgress {

    private static final Logger log = LoggerFactory.getLogger(ListProgress.class);

    private final ResourceType type;
    private final long intervalNanos;
    private long startedAt;
    private long nextReportAt;
    private long records;
    private long held;

    ListProgress(ResourceType type, Duration interval) {
        this.type = type;
        this.intervalNanos = interval.toNanos();
    }

    void start() {
        startedAt = System.nanoTime();
        nextReportAt = startedAt + intervalNanos;
        records = 0;
        held = 0;
    }

    void recordRead(ListItem<?> item) {
        records++;
        if (item instanceof ListItem.Held<?>) {
            held++;
        }
        long now = System.nanoTime();
        if (now - nextReportAt >= 0) {
            log.info("{}: {} so far", type.label(), describe(now));
            nextReportAt = now + intervalNanos;
        }
    }

    void finished() {
        log.info("{}: list read whole, {}", type.label(), describe(System.nanoTime()));
    }

    private String describe(long now) {
        Duration elapsed = Duration.ofNanos(now - startedAt);
        double perSecond = records / Math.max(elapsed.toNanos() / 1e9, 1e-3);
        return String.format(Locale.ROOT, "%,d records read in %s (%,.0f per second)", records,
                Elapsed.format(elapsed), perSecond)
                + (held == 0 ? "" : String.format(Locale.ROOT, ", %,d of them as the mirror holds them (not parsed)",
                        held));
    }
}
