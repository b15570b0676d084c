package com.raptorcomply.sync.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.raptorcomply.sync.client.Dialect;

/** How a dialect validates and applies the bodies of POST and PATCH /cyber-assets. */
interface AssetRules {

    /** The new asset, complete with server-set fields; throws {@link ApiError} when the body is invalid. */
    ObjectNode create(JsonNode body);

    /** Applies a partial update to {@code record}; throws {@link ApiError} when the body is invalid. */
    void patch(ObjectNode record, JsonNode body);

    static AssetRules of(DataSet data, SimulatorStore store) {
        return data.dialect() == Dialect.DOCS ? new DocsAssetRules(data, store) : new OpenApiAssetRules(data, store);
    }
}
