package com.raptorcomply.sync.warehouse;

import com.raptorcomply.sync.client.RemoteRecord;
import java.util.Objects;

/**
 * One record as a row of {@code raptor.staging_record}; {@code elementIndex} is null when unknown, {@code payload}
 * is the record's JSON text, serialized once, and {@code textHash} its md5. A row staged by reference has no
 * payload: its text is the one the mirror row with its id holds (see {@link KnownTexts}).
 */
record StagedRow(RemoteRecord record, Integer elementIndex, String payload, String textHash) {

    StagedRow {
        Objects.requireNonNull(textHash, () -> "record " + record.id() + " has no text hash");
    }

    static StagedRow of(RemoteRecord record, Integer elementIndex) {
        Objects.requireNonNull(record.raw(), () -> "record " + record.id() + " has no raw JSON");
        String text = record.raw().toString();
        return new StagedRow(record, elementIndex, text, TextHash.of(text));
    }

    /** The same row without its payload, which the mirror holds. */
    StagedRow byReference() {
        return new StagedRow(record, elementIndex, null, textHash);
    }
}
