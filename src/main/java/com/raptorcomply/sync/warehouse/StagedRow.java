package com.raptorcomply.sync.warehouse;

import com.raptorcomply.sync.client.ListItem;
import com.raptorcomply.sync.client.RemoteRecord;
import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.client.TextHash;
import java.util.Objects;

/**
 * One record as a row of {@code raptor.staging_record}; {@code elementIndex} is null when unknown, {@code payload}
 * is the record's JSON text, serialized once, and {@code textHash} the {@link TextHash} of its bytes as received (of
 * the text when those are unknown). A row staged by reference has no payload: its text is the one the mirror row
 * with its id holds (see {@link KnownTexts}).
 */
record StagedRow(RemoteRecord record, Integer elementIndex, String payload, String textHash) {

    StagedRow {
        Objects.requireNonNull(textHash, () -> "record " + record.id() + " has no text hash");
    }

    /** A record as parsed; {@code textHash} is the hash of its bytes as received, null to hash its text. */
    static StagedRow of(RemoteRecord record, Integer elementIndex, String textHash) {
        Objects.requireNonNull(record.raw(), () -> "record " + record.id() + " has no raw JSON");
        String text = record.raw().toString();
        return new StagedRow(record, elementIndex, text, textHash == null ? TextHash.of(text) : textHash);
    }

    /** An element the mirror holds as received: by reference, with its id and hash alone. */
    static StagedRow held(ResourceType type, ListItem.Held<?> held) {
        return new StagedRow(new RemoteRecord(type, held.id(), null, false, null, null), held.index(), null,
                held.textHash());
    }

    /** The same row without its payload, which the mirror holds. */
    StagedRow byReference() {
        return new StagedRow(record, elementIndex, null, textHash);
    }
}
