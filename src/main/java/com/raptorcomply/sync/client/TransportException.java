package com.raptorcomply.sync.client;

/** The request could not be completed: connection refused or dropped, timeout; after retries where allowed. */
public class TransportException extends RaptorComplyException {

    public TransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
