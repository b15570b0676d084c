package com.raptorcomply.sync.client;

/** Which configured key: the primary or the secondary (valid during a rotation). */
public enum KeySlot {
    PRIMARY,
    SECONDARY;

    /** Lower-case name as stored in {@code sync_run.key_slot}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
