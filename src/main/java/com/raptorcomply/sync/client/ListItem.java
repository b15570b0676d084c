package com.raptorcomply.sync.client;

import com.fasterxml.jackson.databind.JsonNode;

/** One element of a streamed list: a mapped record, or a rejection that names the id and the offending field. */
public sealed interface ListItem<T extends RemoteRecord> {

    /** Zero-based position of the element in the list. */
    int index();

    record Accepted<T extends RemoteRecord>(int index, T record) implements ListItem<T> {
    }

    /**
     * An element that cannot be stored (no id, wrong type, ...). {@code id} is null when the element has none;
     * {@code raw} is the element as received.
     */
    record Rejected<T extends RemoteRecord>(int index, String id, String field, String reason, JsonNode raw)
            implements ListItem<T> {

        /** One line for logs and summaries, e.g. {@code element 17 (id ca_1): field 'name': expected a string}. */
        public String describe() {
            return "element " + index + (id == null ? "" : " (id " + id + ")") + ": field '" + field + "': " + reason;
        }
    }
}
