package com.raptorcomply.sync.ops;

import com.raptorcomply.sync.client.KeySlot;
import com.raptorcomply.sync.run.Background;
import java.util.function.Supplier;

/**
 * The key preflight of a run, started on its own thread while the warehouse's Spring context starts: neither needs
 * the other until the first database connection, which waits for the preflight (see {@link PreflightGate}). A key
 * that does not work therefore still leaves the warehouse untouched.
 *
 * <p>The preflight runs once: on the thread {@link #start()} makes, or on the first caller of {@link #await()} when
 * nothing started it (a context that failed before it could).
 */
final class KeyCheck {

    private final Background<KeySlot> preflight;

    KeyCheck(Supplier<KeySlot> preflight) {
        this.preflight = new Background<>(preflight);
    }

    /** Starts the preflight on a thread of its own, unless it has started already. */
    void start() {
        preflight.start("key-preflight");
    }

    /** The chosen key, once the preflight has passed; its failure is rethrown as the preflight raised it. */
    KeySlot await() {
        return preflight.await();
    }
}
