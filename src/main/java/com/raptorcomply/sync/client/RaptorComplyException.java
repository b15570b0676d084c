package com.raptorcomply.sync.client;

/** Base of every error the client raises. Messages never contain an API key. */
public class RaptorComplyException extends RuntimeException {

    public RaptorComplyException(String message) {
        super(message);
    }

    public RaptorComplyException(String message, Throwable cause) {
        super(message, cause);
    }
}
