package com.raptorcomply.sync.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** What differs from the seeded data for one resource type: the only records the simulator holds. */
final class Overrides {

    /** Seeded records replaced by a changed copy, by id. */
    final Map<String, ObjectNode> replaced = new ConcurrentHashMap<>();
    /** Ids of seeded records that are gone. */
    final Set<String> removed = ConcurrentHashMap.newKeySet();
    /** Records that were not seeded (created through the API or put by a test), in creation order. */
    final Map<String, ObjectNode> added = Collections.synchronizedMap(new LinkedHashMap<>());

    /** Elements served verbatim after all records, e.g. JSON no ObjectNode can hold (a key twice). */
    final List<String> rawElements = Collections.synchronizedList(new ArrayList<>());

    /** Elements too large to hold, generated as they are served, after the raw ones. */
    final List<PaddedElement> paddedElements = Collections.synchronizedList(new ArrayList<>());

    boolean touchesSeeded() {
        return !replaced.isEmpty() || !removed.isEmpty();
    }

    List<ObjectNode> addedSnapshot() {
        synchronized (added) {
            return new ArrayList<>(added.values());
        }
    }

    List<String> addedIds() {
        synchronized (added) {
            return new ArrayList<>(added.keySet());
        }
    }

    int size() {
        return replaced.size() + removed.size() + added.size() + rawElements.size() + paddedElements.size();
    }
}
