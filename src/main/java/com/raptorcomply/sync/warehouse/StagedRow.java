package com.raptorcomply.sync.warehouse;

import com.raptorcomply.sync.client.RemoteRecord;
import java.sql.Types;
import java.util.Objects;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

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

    MapSqlParameterSource parameters(long runId) {
        RemoteRecord.Relations relations = record.relations();
        return new MapSqlParameterSource()
                .addValue("runId", runId)
                .addValue("resource", record.type().table())
                .addValue("id", record.id())
                .addValue("name", record.name(), Types.VARCHAR)
                .addValue("payload", payload)
                .addValue("upstreamDeleted", record.deleted())
                .addValue("elementIndex", elementIndex, Types.INTEGER)
                .addValue("controlCenterId", relations.controlCenterId(), Types.VARCHAR)
                .addValue("facilityId", relations.facilityId(), Types.VARCHAR)
                .addValue("cyberSystemId", relations.cyberSystemId(), Types.VARCHAR)
                .addValue("assetType", relations.assetType(), Types.VARCHAR);
    }
}
