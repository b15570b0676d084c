package com.raptorcomply.sync.ops;

/** The warehouse could not be used when a command started: its message already says what and what to do (exit 1). */
final class WarehouseUnavailableException extends IllegalStateException {

    WarehouseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
