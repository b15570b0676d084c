package com.raptorcomply.sync.push;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/** A row of {@code raptor.cyber_asset_desired} as the plan reads it; {@code remoteId} is null until linked. */
record Desired(String externalRef, String remoteId, String name, String cyberSystemId, String assetType,
               ObjectNode attributes, boolean deleteRequested) {

    Desired withRemoteId(String id) {
        return new Desired(externalRef, id, name, cyberSystemId, assetType, attributes, deleteRequested);
    }

    /** The natural key: same cyber system, same trimmed case-insensitive name. */
    String naturalKey() {
        return naturalKey(cyberSystemId, name);
    }

    static String naturalKey(String cyberSystemId, String name) {
        return cyberSystemId + "\u0000" + (name == null ? "" : name.strip().toLowerCase(Locale.ROOT));
    }
}
