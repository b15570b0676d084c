package com.raptorcomply.sync.client;

/**
 * A POST failed ambiguously (timeout, dropped connection, 5xx): the server may or may not have created the
 * asset. Never retried blindly; the caller looks the asset up by natural key before creating again.
 */
public class OutcomeUnknownException extends RaptorComplyException {

    public OutcomeUnknownException(String message, Throwable cause) {
        super(message, cause);
    }
}
