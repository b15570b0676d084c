package com.raptorcomply.sync.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.raptorcomply.sync.client.ResourceType;
import java.util.ArrayList;
import java.util.List;

/** OpenAPI dialect: typed fields, lengths and enums; failures are 400 naming the {@code field}. */
final class OpenApiAssetRules implements AssetRules {

    private static final String SYSTEM = "cyberSystemId";
    private static final List<FieldRule> RULES = rules();

    private final DataSet data;
    private final SimulatorStore store;

    OpenApiAssetRules(DataSet data, SimulatorStore store) {
        this.data = data;
        this.store = store;
    }

    @Override
    public ObjectNode create(JsonNode body) {
        ObjectNode asset = DataSet.JSON.objectNode();
        asset.put("id", data.ids().newId(ResourceType.CYBER_ASSET));
        for (FieldRule rule : RULES) {
            JsonNode value = body.get(rule.field());
            if (value == null || value.isNull()) {
                if (rule.required()) {
                    throw ApiError.badRequest(rule.field() + " is required", rule.field());
                }
                asset.putNull(rule.field());
            } else {
                asset.set(rule.field(), check(rule, value));
            }
        }
        String now = data.time().now();
        asset.put("createdAt", now);
        asset.put("updatedAt", now);
        asset.put("isDeleted", false);
        asset.putNull("deletedAt");
        return asset;
    }

    @Override
    public void patch(ObjectNode record, JsonNode body) {
        JsonNode system = body.get(SYSTEM);
        if (system != null && !system.equals(record.get(SYSTEM))) {
            throw ApiError.badRequest("cyberSystemId cannot be changed", SYSTEM);
        }
        for (FieldRule rule : RULES) {
            JsonNode value = body.get(rule.field());
            if (value == null || rule.field().equals(SYSTEM)) {
                continue;
            }
            if (value.isNull() && rule.required()) {
                throw ApiError.badRequest(rule.field() + " must not be null", rule.field());
            }
            record.set(rule.field(), value.isNull() ? value : check(rule, value));
        }
    }

    private JsonNode check(FieldRule rule, JsonNode value) {
        String field = rule.field();
        switch (rule.kind()) {
            case TEXT -> {
                if (!value.isTextual() || (rule.required() && value.textValue().isBlank())) {
                    throw ApiError.badRequest(field + " must be a non-empty string", field);
                }
                if (value.textValue().length() > rule.maxLength()) {
                    throw ApiError.badRequest(field + " must be at most " + rule.maxLength() + " characters", field);
                }
            }
            case ENUM -> {
                if (!value.isTextual() || !rule.allowed().contains(value.textValue())) {
                    throw ApiError.badRequest(field + " must be one of " + rule.allowed(), field);
                }
            }
            case COUNT -> {
                if (!value.isNumber() || !value.canConvertToExactIntegral() || value.asLong() < 1) {
                    throw ApiError.badRequest("count must be a whole number of at least 1", field);
                }
                return TextNode.valueOf(String.valueOf(value.asLong()));
            }
            case BOOLEAN -> {
                if (!value.isBoolean()) {
                    throw ApiError.badRequest(field + " must be a boolean", field);
                }
            }
            case SYSTEM -> {
                if (!value.isTextual() || !store.isLive(ResourceType.CYBER_SYSTEM, value.textValue())) {
                    throw ApiError.badRequest("cyberSystemId does not name a cyber system", field);
                }
            }
        }
        return value;
    }

    /** The writable fields in response order; required ones may not be null. */
    private static List<FieldRule> rules() {
        List<FieldRule> rules = new ArrayList<>();
        rules.add(FieldRule.text("assetTitle", 255, true));
        rules.add(FieldRule.text("assetTag", 50, true));
        rules.add(new FieldRule("count", Kind.COUNT, 0, List.of(), true));
        rules.add(new FieldRule(SYSTEM, Kind.SYSTEM, 0, List.of(), true));
        rules.add(new FieldRule("cipAssetCategory", Kind.ENUM, 0, OpenApiAssets.CIP_CATEGORIES, true));
        rules.add(FieldRule.text("assetType", 255, true));
        rules.add(new FieldRule("impactLevel", Kind.ENUM, 0, OpenApiRecords.IMPACT_LEVELS, true));
        rules.add(FieldRule.text("manufacturer", 255, true));
        rules.add(FieldRule.text("model", 255, true));
        for (String optional : List.of("physicalLocation", "firmwareVersion", "operatingSystem", "serialNumber")) {
            rules.add(FieldRule.text(optional, 255, false));
        }
        rules.add(FieldRule.text("ipAddress", 45, false));
        rules.add(FieldRule.text("macAddress", 17, false));
        for (String flag : OpenApiAssets.BOOLEANS) {
            rules.add(new FieldRule(flag, Kind.BOOLEAN, 0, List.of(), true));
        }
        for (String date : List.of("lastAuditDate", "lastBackupDate", "lastPatchDate")) {
            rules.add(FieldRule.text(date, 64, false));
        }
        return List.copyOf(rules);
    }

    private enum Kind { TEXT, ENUM, COUNT, BOOLEAN, SYSTEM }

    private record FieldRule(String field, Kind kind, int maxLength, List<String> allowed, boolean required) {
        static FieldRule text(String field, int maxLength, boolean required) {
            return new FieldRule(field, Kind.TEXT, maxLength, List.of(), required);
        }
    }
}
