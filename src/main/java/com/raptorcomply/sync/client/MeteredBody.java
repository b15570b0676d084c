package com.raptorcomply.sync.client;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * A list body that counts its bytes and fails when the list runs past its deadline or the server's rate falls below
 * the minimum over a window: a body trickling one byte at a time never trips the read timeout, which restarts with
 * each. The rate counts only time spent waiting for the server, so a slow consumer (a long chunk commit) never
 * counts against it.
 */
final class MeteredBody extends FilterInputStream {

    private final ListBudget budget;
    private final long minBytesPerSecond;
    private final long windowNanos;
    private long bytes;
    private long windowWaitedNanos;
    private long windowBytes;

    MeteredBody(InputStream body, ListBudget budget, long minBytesPerSecond, Duration window) {
        super(body);
        this.budget = budget;
        this.minBytesPerSecond = minBytesPerSecond;
        this.windowNanos = window.toNanos();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n;
        long start = System.nanoTime();
        try {
            n = super.read(buffer, offset, length);
        } catch (IOException e) {
            // OkHttp's call timeout cancels the call mid-read: say so instead of "socket closed".
            if (budget.timedOut()) {
                throw new Exceeded(bytes, budget.overDeadline());
            }
            throw e;
        }
        bytes += Math.max(n, 0);
        check(Math.max(n, 0), System.nanoTime() - start);
        return n;
    }

    private void check(int read, long waitedNanos) throws Exceeded {
        if (budget.expired()) {
            throw new Exceeded(bytes, budget.overDeadline());
        }
        windowBytes += read;
        windowWaitedNanos += waitedNanos;
        if (minBytesPerSecond <= 0 || windowWaitedNanos < windowNanos) {
            return;
        }
        if (windowBytes * 1_000_000_000.0 / windowWaitedNanos < minBytesPerSecond) {
            throw new Exceeded(bytes, budget.belowRate(windowBytes));
        }
        windowBytes = 0;
        windowWaitedNanos = 0;
    }

    /** Passes through the JSON parser as an I/O error; {@link JsonArrayStream} adds the element count. */
    static final class Exceeded extends IOException {

        private final long bytes;

        Exceeded(long bytes, String reason) {
            super(reason);
            this.bytes = bytes;
        }

        long bytes() {
            return bytes;
        }
    }
}
