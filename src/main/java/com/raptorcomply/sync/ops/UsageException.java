package com.raptorcomply.sync.ops;

/** A wrong setting or argument, found before anything ran: exit 2 with this message. */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
