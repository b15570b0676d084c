package com.raptorcomply.sync.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A record read from a list or get endpoint, in either dialect: what the sync needs (id, name, the deleted flag,
 * the relation ids the mirror's columns hold) plus the JSON exactly as received. Every other field stays in
 * {@code raw}, whatever its type: push compares and sends payload fields in the server's own dialect.
 *
 * @param id        the API's id, an opaque non-empty string (prefixed or UUID), never parsed
 * @param name      display name from whichever field the dialect uses; null when missing or not a string
 * @param deleted   true only when the element says {@code isDeleted: true} (a JSON boolean)
 * @param relations relation ids and asset type; fields are null when absent or unusable
 * @param raw       the element as received, unknown fields included
 */
public record RemoteRecord(ResourceType type, String id, String name, boolean deleted, Relations relations,
                           JsonNode raw) {

    public RemoteRecord {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        relations = relations == null ? Relations.NONE : relations;
    }

    /**
     * The relation columns of the mirror: {@code facility.control_center_id}, {@code cyber_system.facility_id} /
     * {@code control_center_id}, {@code cyber_asset.cyber_system_id} and {@code cyber_asset.asset_type}.
     */
    public record Relations(String controlCenterId, String facilityId, String cyberSystemId, String assetType) {

        public static final Relations NONE = new Relations(null, null, null, null);
    }
}
