package com.raptorcomply.sync.pull;

import com.raptorcomply.sync.client.ListItem;
import com.raptorcomply.sync.client.RemoteRecord;
import java.util.List;

/**
 * What a pull step reads and stages as one item: one element, or up to {@value #MAX_HELD} consecutive held elements
 * ({@link ListItem.Held}: an id, a hash and any drift, not a parsed tree). A chunk of {@code RCSYNC_CHUNK_SIZE} items
 * still holds at most that many parsed elements, while a night without changes commits one chunk per 32,000 elements
 * instead of per 500: Spring Batch's work per item (an observation, listeners) and per chunk (a transaction, the
 * step's execution and its context written) took half a second of CPU for 100,000 held elements.
 */
record ElementRun(List<ListItem<? extends RemoteRecord>> elements) {

    static final int MAX_HELD = 64;

    ElementRun {
        elements = List.copyOf(elements);
    }

    static ElementRun of(ListItem<? extends RemoteRecord> element) {
        return new ElementRun(List.of(element));
    }
}
