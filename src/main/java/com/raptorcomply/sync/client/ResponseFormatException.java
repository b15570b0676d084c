package com.raptorcomply.sync.client;

/** A 2xx body that is not what the API documents (not JSON, not an array, cut short). */
public class ResponseFormatException extends RaptorComplyException {

    public ResponseFormatException(String message) {
        super(message);
    }

    public ResponseFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
