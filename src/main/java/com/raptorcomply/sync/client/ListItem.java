package com.raptorcomply.sync.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One element of a streamed list: a record (with any type drift it showed), an element the warehouse holds as it
 * is, or a rejection naming why.
 */
public sealed interface ListItem<T extends RemoteRecord> {

    /** Zero-based position of the element in the list. */
    int index();

    /**
     * A usable element; {@code drift} lists its fields of an unexpected JSON type (kept as received).
     * {@code textHash} is the hash of its bytes as received ({@link TextHash}); null when they are not at hand.
     */
    record Accepted<T extends RemoteRecord>(int index, T record, List<FieldDrift> drift, String textHash)
            implements ListItem<T> {

        public Accepted {
            drift = List.copyOf(drift);
        }

        public Accepted(int index, T record, List<FieldDrift> drift) {
            this(index, record, drift, null);
        }

        public Accepted(int index, T record) {
            this(index, record, List.of());
        }
    }

    /**
     * An element byte for byte identical to the one a live mirror row with its id was last merged from (see
     * {@link KnownTexts}): not parsed again, only outlined for its id and type drift ({@code drift}, as for
     * {@link Accepted}). It was validated when it was merged; the merge checks that the mirror still holds it.
     */
    record Held<T extends RemoteRecord>(int index, String id, String textHash, List<FieldDrift> drift)
            implements ListItem<T> {

        public Held {
            drift = List.copyOf(drift);
        }
    }

    /**
     * An element the sync cannot use or PostgreSQL cannot store. {@code id} is null when the element has no usable
     * id (an over-long id is given shortened, see {@link Ids#shown}); {@code raw} is the element as received, null
     * when it could not be read whole.
     */
    record Rejected<T extends RemoteRecord>(int index, String id, String field, String reason, JsonNode raw)
            implements ListItem<T> {

        /** One line for logs and summaries, e.g. {@code element 17 (id ca_1): field 'name': expected a string}. */
        public String describe() {
            return "element " + index + (id == null ? "" : " (id " + Ids.shown(id) + ")") + ": field '" + field
                    + "': " + reason;
        }
    }
}
