package com.raptorcomply.sync.simulator;

import com.raptorcomply.sync.client.Dialect;

/** Field names that both dialects have, spelled per dialect. */
record Fields(String createdAt, String updatedAt, String isDeleted, String deletedAt, String cyberSystemId) {

    private static final Fields DOCS = new Fields("created_at", "updated_at", "is_deleted", "deleted_at",
            "cyber_system_id");
    private static final Fields OPENAPI = new Fields("createdAt", "updatedAt", "isDeleted", "deletedAt",
            "cyberSystemId");

    static Fields of(Dialect dialect) {
        return dialect == Dialect.DOCS ? DOCS : OPENAPI;
    }
}
