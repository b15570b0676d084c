package com.raptorcomply.sync.client;

import com.raptorcomply.sync.client.ClientSettings.ListSettings;
import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;

/**
 * What one list may take, counted from its first request to its last byte: the deadline (OkHttp's call timeout
 * enforces it even while a read blocks) and the minimum transfer rate ({@link MeteredBody} checks it).
 */
final class ListBudget {

    /** OkHttp's timeout and ours read the same clock a moment apart: a failure this close counts as the deadline. */
    private static final Duration CLOCK_SLACK = Duration.ofMillis(100);

    private final ListSettings settings;
    private final long startNanos;

    private ListBudget(ListSettings settings, long startNanos) {
        this.settings = settings;
        this.startNanos = startNanos;
    }

    static ListBudget start(ListSettings settings) {
        return new ListBudget(settings, System.nanoTime());
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** What is left of the deadline, at least a millisecond (OkHttp reads zero as no timeout). */
    Duration remaining() {
        Duration left = settings.deadline().minus(elapsed());
        return left.compareTo(Duration.ofMillis(1)) < 0 ? Duration.ofMillis(1) : left;
    }

    /** What is left of the deadline, zero or negative once it has passed. */
    Duration left() {
        return settings.deadline().minus(elapsed());
    }

    boolean expired() {
        return elapsed().compareTo(settings.deadline()) >= 0;
    }

    /** Whether an I/O failure now is OkHttp's call timeout firing at the deadline. */
    boolean timedOut() {
        return elapsed().plus(CLOCK_SLACK).compareTo(settings.deadline()) >= 0;
    }

    InputStream meter(InputStream body) {
        return new MeteredBody(body, this, settings.minRate().toBytes(), settings.rateWindow());
    }

    /** The largest list element read whole; a larger one is rejected alone (see {@link ArraySplitter}). */
    int maxElementBytes() {
        return Math.toIntExact(settings.maxElementSize().toBytes());
    }

    /** E.g. {@code RCSYNC_MAX_ELEMENT_SIZE=1MB}, for the reason an oversized element is rejected with. */
    String maxElementSetting() {
        long bytes = settings.maxElementSize().toBytes();
        String shown = bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + "MB"
                : bytes % 1024 == 0 ? bytes / 1024 + "KB" : bytes + "B";
        return "RCSYNC_MAX_ELEMENT_SIZE=" + shown;
    }

    String overDeadline() {
        return "over the list deadline RCSYNC_LIST_DEADLINE=" + duration(settings.deadline());
    }

    String belowRate(long bytesInWindow) {
        return "slower than RCSYNC_LIST_MIN_RATE=" + size(settings.minRate().toBytes()) + " per second: "
                + size(bytesInWindow) + " in RCSYNC_LIST_RATE_WINDOW=" + duration(settings.rateWindow())
                + " of waiting for the server";
    }

    /** e.g. {@code GET /cyber-assets: 12,345 elements (4.1 MB) in 30m00s, over the list deadline ...}. */
    SlowListException exceeded(String exchange, int elements, long bytes, String reason) {
        return new SlowListException(String.format(Locale.ROOT, "%s: %,d elements (%s) in %s, %s", exchange, elements,
                size(bytes), duration(elapsed()), reason));
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double kilobytes = bytes / 1024.0;
        return kilobytes < 1024 ? String.format(Locale.ROOT, "%.1f KB", kilobytes)
                : String.format(Locale.ROOT, "%.1f MB", kilobytes / 1024);
    }

    static String duration(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1fs", duration.toMillis() / 1000.0);
        }
        return seconds < 3600 ? String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60)
                : String.format(Locale.ROOT, "%dh%02dm%02ds", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
