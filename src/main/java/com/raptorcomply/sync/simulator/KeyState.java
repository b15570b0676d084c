package com.raptorcomply.sync.simulator;

/** What the simulated API makes of a key: accepted, refused as expired, or refused as invalid (revoked). */
public enum KeyState {
    ACTIVE,
    EXPIRED,
    REVOKED
}
