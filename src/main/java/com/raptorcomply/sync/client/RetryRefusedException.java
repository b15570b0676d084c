package com.raptorcomply.sync.client;

/**
 * A retryable answer whose wait the client will not make: a {@code Retry-After} longer than the setting allows, or
 * a wait that would run past a list's deadline. The call ends at once (no sleep); the step fails and can be resumed.
 */
public class RetryRefusedException extends RaptorComplyException {

    public RetryRefusedException(String message) {
        super(message);
    }
}
