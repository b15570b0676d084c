package com.raptorcomply.sync.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.raptorcomply.sync.client.Dialect;
import java.util.List;

/** How a dialect spells the three first-class fields, which fields its create requires, and when two values agree. */
record AssetFields(String name, String cyberSystemId, String assetType, List<String> requiredAttributes) {

    static final AssetFields DOCS = new AssetFields("name", "cyber_system_id", "asset_type", List.of());
    /** The create-required fields of the OpenAPI dialect besides the three first-class ones (raptor-comply-api.md). */
    static final AssetFields OPENAPI = new AssetFields("assetTitle", "cyberSystemId", "assetType", List.of(
            "assetTag", "count", "cipAssetCategory", "impactLevel", "manufacturer", "model", "inService",
            "dialUpConnectivity", "routableProtocol", "remoteAccessAvailable", "baselineDocumented",
            "portsServicesDocumented", "loggingEnabled"));

    static AssetFields of(Dialect dialect) {
        return dialect == Dialect.DOCS ? DOCS : OPENAPI;
    }

    /**
     * Equal JSON, or two scalars with the same text: the OpenAPI dialect takes {@code count} as a number and answers
     * it as a string, so {@code 2} and {@code "2"} agree (the drift view compares the same way).
     */
    static boolean agree(JsonNode desired, JsonNode remote) {
        JsonNode left = desired == null ? com.fasterxml.jackson.databind.node.NullNode.instance : desired;
        JsonNode right = remote == null ? com.fasterxml.jackson.databind.node.NullNode.instance : remote;
        if (left.equals(right)) {
            return true;
        }
        return left.isValueNode() && right.isValueNode() && !left.isNull() && !right.isNull()
                && left.asText().equals(right.asText());
    }
}
