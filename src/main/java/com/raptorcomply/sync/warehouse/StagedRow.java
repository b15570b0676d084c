package com.raptorcomply.sync.warehouse;

import com.raptorcomply.sync.client.ControlCenter;
import com.raptorcomply.sync.client.CyberAsset;
import com.raptorcomply.sync.client.CyberSystem;
import com.raptorcomply.sync.client.Facility;
import com.raptorcomply.sync.client.RemoteRecord;
import java.sql.Types;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * One record as a row of {@code raptor.staging_record}; {@code elementIndex} is null when unknown, {@code payload}
 * is the record's JSON text, serialized once.
 */
record StagedRow(RemoteRecord record, Integer elementIndex, String payload) {

    private static final List<String> RELATIONS = List.of("controlCenterId", "facilityId", "cyberSystemId", "assetType");

    StagedRow {
        Objects.requireNonNull(record.id(), "a staged record needs an id");
        Objects.requireNonNull(payload, () -> "record " + record.id() + " has no raw JSON");
    }

    static StagedRow of(RemoteRecord record, Integer elementIndex) {
        Objects.requireNonNull(record.raw(), () -> "record " + record.id() + " has no raw JSON");
        return new StagedRow(record, elementIndex, record.raw().toString());
    }

    MapSqlParameterSource parameters(long runId) {
        var parameters = new MapSqlParameterSource()
                .addValue("runId", runId)
                .addValue("resource", record.type().table())
                .addValue("id", record.id())
                .addValue("name", record.name(), Types.VARCHAR)
                .addValue("payload", payload)
                .addValue("upstreamDeleted", record.deleted())
                .addValue("elementIndex", elementIndex, Types.INTEGER);
        RELATIONS.forEach(relation -> parameters.addValue(relation, null, Types.VARCHAR));
        addRelations(parameters);
        return parameters;
    }

    private void addRelations(MapSqlParameterSource parameters) {
        if (record instanceof Facility facility) {
            parameters.addValue("controlCenterId", facility.controlCenterId(), Types.VARCHAR);
        } else if (record instanceof CyberSystem system) {
            parameters.addValue("facilityId", system.facilityId(), Types.VARCHAR)
                    .addValue("controlCenterId", system.controlCenterId(), Types.VARCHAR);
        } else if (record instanceof CyberAsset asset) {
            parameters.addValue("cyberSystemId", asset.cyberSystemId(), Types.VARCHAR)
                    .addValue("assetType", asset.assetType(), Types.VARCHAR);
        } else if (!(record instanceof ControlCenter)) {
            throw new IllegalArgumentException("unknown record type " + record.getClass().getName());
        }
    }
}
