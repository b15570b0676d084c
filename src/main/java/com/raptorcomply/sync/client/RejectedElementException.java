package com.raptorcomply.sync.client;

/**
 * A list element rejected before it became a record (a key twice, over the size limit); the stream has already
 * moved past it, so the list carries on. {@code id} is null when the element's id could not be read.
 */
final class RejectedElementException extends RuntimeException {

    private final String id;
    private final String field;
    private final String reason;

    RejectedElementException(String id, String field, String reason) {
        super(field + ": " + reason, null, false, false);
        this.id = id;
        this.field = field;
        this.reason = reason;
    }

    String id() {
        return id;
    }

    String field() {
        return field;
    }

    String reason() {
        return reason;
    }
}
