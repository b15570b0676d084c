package com.raptorcomply.sync.simulator;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.client.ResourceType;

/** What a seeded record is a function of: the seed, the sizes, the dialect; and the generator per dialect. */
record DataSet(long seed, Layout layout, Dialect dialect, SeedIds ids, Timestamps time) {

    static final String ORGANIZATION = "acme-utility";
    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Seeded record {@code index} of {@code type}, generated on demand. */
    ObjectNode generate(ResourceType type, int index) {
        Rng rng = Rng.forRecord(seed, type.ordinal(), index);
        return dialect == Dialect.DOCS
                ? DocsRecords.generate(this, type, index, rng)
                : OpenApiRecords.generate(this, type, index, rng);
    }

    String id(ResourceType type, int index) {
        return ids.idOf(type, index);
    }

    /** The seeded index of {@code id}, or -1 when the id was not seeded. */
    int indexOf(ResourceType type, String id) {
        return id == null ? -1 : ids.indexOf(type, id, layout.count(type));
    }
}
