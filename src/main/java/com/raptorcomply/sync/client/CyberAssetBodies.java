package com.raptorcomply.sync.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Create and patch bodies of a cyber asset, spelled in the server's dialect. */
final class CyberAssetBodies {

    private CyberAssetBodies() {
    }

    /** {@code {name, cyber_system_id, asset_type, ...}} or {@code {assetTitle, cyberSystemId, assetType, ...}}. */
    static ObjectNode create(CyberAssetWrite asset, Dialect dialect) {
        if (asset.name() == null || asset.cyberSystemId() == null || asset.assetType() == null) {
            throw new IllegalArgumentException("a new cyber asset needs name, cyberSystemId and assetType, got name="
                    + asset.name() + ", cyberSystemId=" + asset.cyberSystemId() + ", assetType=" + asset.assetType());
        }
        return body(asset, dialect);
    }

    /** Only the named fields that are set, plus every attribute (a null attribute clears that field). */
    static ObjectNode patch(CyberAssetWrite changes, Dialect dialect) {
        return body(changes, dialect);
    }

    private static ObjectNode body(CyberAssetWrite asset, Dialect dialect) {
        boolean docs = dialect == Dialect.DOCS;
        ObjectNode body = Json.MAPPER.createObjectNode();
        putIfSet(body, docs ? "name" : "assetTitle", asset.name());
        putIfSet(body, docs ? "cyber_system_id" : "cyberSystemId", asset.cyberSystemId());
        putIfSet(body, docs ? "asset_type" : "assetType", asset.assetType());
        for (Map.Entry<String, Object> attribute : asset.attributes().entrySet()) {
            if (!body.has(attribute.getKey())) {
                body.set(attribute.getKey(), Json.MAPPER.valueToTree(attribute.getValue()));
            }
        }
        return body;
    }

    private static void putIfSet(ObjectNode body, String field, String value) {
        if (value != null) {
            body.put(field, value);
        }
    }
}
