package com.raptorcomply.sync.push;

/** What the push may do ({@code RCSYNC_PUSH_MODE}). */
public enum PushMode {
    /** Plan and send nothing. */
    OFF,
    /** Create, update, and delete what a desired row asks to delete. */
    UPSERT,
    /** As upsert, and also delete the live remote assets no desired row claims. */
    MIRROR
}
