package com.raptorcomply.sync.client;

/** Why a key was refused (HTTP 401), told apart by the API's message. */
public enum AuthFailure {
    MISSING("no key was sent"),
    INVALID("invalid or revoked"),
    EXPIRED("expired");

    private final String description;

    AuthFailure(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
