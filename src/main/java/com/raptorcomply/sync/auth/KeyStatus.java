package com.raptorcomply.sync.auth;

import com.raptorcomply.sync.client.AuthFailure;
import com.raptorcomply.sync.client.KeySlot;

/** What a probe found out about one key slot; {@code fingerprint} is null when the slot is not configured. */
public record KeyStatus(KeySlot slot, String fingerprint, State state) {

    public enum State {
        WORKS, EXPIRED, INVALID, NOT_CONFIGURED;

        static State of(AuthFailure failure) {
            return failure == AuthFailure.EXPIRED ? EXPIRED : INVALID;
        }

        public String label() {
            return switch (this) {
                case WORKS -> "works";
                case EXPIRED -> "expired";
                case INVALID -> "invalid or revoked";
                case NOT_CONFIGURED -> "not configured";
            };
        }
    }

    public boolean works() {
        return state == State.WORKS;
    }

    public boolean configured() {
        return state != State.NOT_CONFIGURED;
    }

    /** E.g. {@code primary key …a1b2: expired}. */
    public String describe() {
        return slot.label() + " key" + (fingerprint == null ? "" : " " + fingerprint) + ": " + state.label();
    }
}
