package com.raptorcomply.sync.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A valid OpenAPI create body, for tests to spoil one field at a time. */
final class OpenApiBodies {

    private OpenApiBodies() {
    }

    static ObjectNode asset(String cyberSystemId) {
        ObjectNode body = SimulatorHttp.JSON.createObjectNode()
                .put("assetTitle", "RTU-TEST-01")
                .put("assetTag", "TAG-T-01")
                .put("count", 2)
                .put("cyberSystemId", cyberSystemId)
                .put("cipAssetCategory", "bes_cyber_asset")
                .put("assetType", "rtu")
                .put("impactLevel", "high")
                .put("manufacturer", "SEL")
                .put("model", "SEL-3530")
                .put("ipAddress", "10.1.2.3");
        for (String flag : OpenApiAssets.BOOLEANS) {
            body.put(flag, true);
        }
        return body;
    }
}
