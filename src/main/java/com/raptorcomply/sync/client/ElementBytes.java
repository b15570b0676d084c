package com.raptorcomply.sync.client;

import java.util.Arrays;

/**
 * The bytes kept of the element being scanned: all of them up to {@code limit}, then no more, so an element of any
 * size costs at most {@code limit} bytes of heap. Reused from one element to the next.
 */
final class ElementBytes {

    private static final int INITIAL_BYTES = 8 * 1024;

    private final int limit;
    private byte[] bytes;
    private int length;

    ElementBytes(int limit) {
        this.limit = limit;
        this.bytes = new byte[Math.min(INITIAL_BYTES, limit)];
    }

    void clear() {
        length = 0;
    }

    void append(byte[] source, int offset, int count) {
        int taken = Math.min(count, limit - length);
        if (taken <= 0) {
            return;
        }
        if (length + taken > bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(limit, Math.max(2L * bytes.length, length + taken)));
        }
        System.arraycopy(source, offset, bytes, length, taken);
        length += taken;
    }

    /** The kept bytes, valid until the next element is scanned; only the first {@link #length()} count. */
    byte[] array() {
        return bytes;
    }

    int length() {
        return length;
    }

    int limit() {
        return limit;
    }
}
