package com.raptorcomply.sync.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.raptorcomply.sync.client.ResourceType;
import java.util.Set;

/** Docs dialect: {@code name}, {@code cyber_system_id}, {@code asset_type}, all required; failures are 422. */
final class DocsAssetRules implements AssetRules {

    private static final Set<String> ASSET_TYPES = Set.of("hardware", "software");

    private final DataSet data;
    private final SimulatorStore store;

    DocsAssetRules(DataSet data, SimulatorStore store) {
        this.data = data;
        this.store = store;
    }

    @Override
    public ObjectNode create(JsonNode body) {
        String now = data.time().now();
        ObjectNode asset = DataSet.JSON.objectNode();
        asset.put("id", data.ids().newId(ResourceType.CYBER_ASSET));
        asset.put("name", name(body.get("name")));
        asset.put("asset_type", assetType(body.get("asset_type")));
        asset.put("cyber_system_id", cyberSystem(body.get("cyber_system_id")));
        asset.put("created_at", now);
        asset.put("updated_at", now);
        return asset;
    }

    @Override
    public void patch(ObjectNode record, JsonNode body) {
        if (body.has("name")) {
            record.put("name", name(body.get("name")));
        }
        if (body.has("asset_type")) {
            record.put("asset_type", assetType(body.get("asset_type")));
        }
        if (body.has("cyber_system_id")) {
            record.put("cyber_system_id", cyberSystem(body.get("cyber_system_id")));
        }
    }

    private static String name(JsonNode value) {
        if (value == null || !value.isTextual() || value.textValue().isBlank()) {
            throw ApiError.unprocessable("name is required and must be a non-empty string");
        }
        return value.textValue();
    }

    private static String assetType(JsonNode value) {
        if (value == null || !value.isTextual() || !ASSET_TYPES.contains(value.textValue())) {
            throw ApiError.unprocessable("asset_type must be one of: hardware, software");
        }
        return value.textValue();
    }

    private String cyberSystem(JsonNode value) {
        if (value == null || !value.isTextual()) {
            throw ApiError.unprocessable("cyber_system_id is required");
        }
        if (!store.isLive(ResourceType.CYBER_SYSTEM, value.textValue())) {
            throw ApiError.unprocessable("cyber_system_id does not name a cyber system of this organization");
        }
        return value.textValue();
    }
}
