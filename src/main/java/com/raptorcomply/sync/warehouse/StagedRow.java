package com.raptorcomply.sync.warehouse;

import com.raptorcomply.sync.client.RemoteRecord;
import java.util.Objects;

/**
 * One record as a row of {@code raptor.staging_record}; {@code elementIndex} is null when unknown, {@code payload}
 * is the record's JSON text, serialized once.
 */
record StagedRow(RemoteRecord record, Integer elementIndex, String payload) {

    StagedRow {
        Objects.requireNonNull(payload, () -> "record " + record.id() + " has no raw JSON");
    }

    static StagedRow of(RemoteRecord record, Integer elementIndex) {
        Objects.requireNonNull(record.raw(), () -> "record " + record.id() + " has no raw JSON");
        return new StagedRow(record, elementIndex, record.raw().toString());
    }
}
