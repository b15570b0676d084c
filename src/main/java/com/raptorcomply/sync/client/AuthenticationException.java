package com.raptorcomply.sync.client;

/** HTTP 401: the key in use is unusable. Never retried. */
public class AuthenticationException extends ApiErrorException {

    private final AuthFailure failure;
    private final KeySlot slot;

    public AuthenticationException(AuthFailure failure, KeySlot slot, String error, String apiMessage,
            String method, String path) {
        super(401, error, apiMessage, null, method, path);
        this.failure = failure;
        this.slot = slot;
    }

    public AuthFailure failure() {
        return failure;
    }

    /** The slot of the key that was refused, or null when none was sent. */
    public KeySlot slot() {
        return slot;
    }
}
