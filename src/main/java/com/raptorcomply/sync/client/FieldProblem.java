package com.raptorcomply.sync.client;

/** A field of a received record that cannot be mapped; becomes a {@link ListItem.Rejected}. */
final class FieldProblem extends RuntimeException {

    private final String field;
    private final String reason;

    FieldProblem(String field, String reason) {
        super("field '" + field + "': " + reason, null, false, false);
        this.field = field;
        this.reason = reason;
    }

    String field() {
        return field;
    }

    String reason() {
        return reason;
    }
}
