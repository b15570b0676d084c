package com.raptorcomply.sync.warehouse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.raptorcomply.sync.client.RemoteRecord;
import com.raptorcomply.sync.client.RemoteRecord.Relations;
import com.raptorcomply.sync.client.ResourceType;
import java.time.Instant;

/**
 * Test records in the OpenAPI dialect: JSON first (the record as received), the record's fields read from it, so a
 * test changes a record by changing its JSON.
 */
final class Records {

    static final ObjectMapper JSON = new ObjectMapper();
    /** Three nights' runs, a day apart. */
    static final Instant T1 = Instant.parse("2026-11-01T02:00:00Z");
    static final Instant T2 = Instant.parse("2026-11-02T02:00:00Z");
    static final Instant T3 = Instant.parse("2026-11-03T02:00:00Z");

    private Records() {
    }

    static ObjectNode facilityJson(String id, String title) {
        return JSON.createObjectNode().put("id", id).put("title", title).put("facilityType", "transmission")
                .put("impactLevel", "medium").put("interconnection", "western").put("isDeleted", false);
    }

    static ObjectNode controlCenterJson(String id, String title) {
        return JSON.createObjectNode().put("id", id).put("centerTitle", title).put("impactLevel", "high");
    }

    static ObjectNode cyberSystemJson(String id, String title, String facilityId) {
        return JSON.createObjectNode().put("id", id).put("systemTitle", title).put("systemType", "scada")
                .put("facilityId", facilityId).put("isDeleted", false);
    }

    static ObjectNode cyberAssetJson(String id, String title, String cyberSystemId) {
        return JSON.createObjectNode().put("id", id).put("assetTitle", title).put("assetTag", "TAG-" + id)
                .put("count", "1").put("cyberSystemId", cyberSystemId).put("cipAssetCategory", "bes_cyber_asset")
                .put("assetType", "hardware").put("impactLevel", "medium").put("isDeleted", false);
    }

    static RemoteRecord facility(String id, String title) {
        return facility(facilityJson(id, title));
    }

    static RemoteRecord facility(ObjectNode json) {
        return record(ResourceType.FACILITY, json, "title",
                new Relations(text(json, "controlCenterId"), null, null, null));
    }

    static RemoteRecord controlCenter(String id, String title) {
        return record(ResourceType.CONTROL_CENTER, controlCenterJson(id, title), "centerTitle", Relations.NONE);
    }

    static RemoteRecord cyberSystem(String id, String title, String facilityId) {
        return cyberSystem(cyberSystemJson(id, title, facilityId));
    }

    static RemoteRecord cyberSystem(ObjectNode json) {
        return record(ResourceType.CYBER_SYSTEM, json, "systemTitle",
                new Relations(text(json, "controlCenterId"), text(json, "facilityId"), null, null));
    }

    static RemoteRecord cyberAsset(String id, String title, String cyberSystemId) {
        return cyberAsset(cyberAssetJson(id, title, cyberSystemId));
    }

    static RemoteRecord cyberAsset(ObjectNode json) {
        return record(ResourceType.CYBER_ASSET, json, "assetTitle",
                new Relations(null, null, text(json, "cyberSystemId"), text(json, "assetType")));
    }

    /** The same asset, marked {@code isDeleted: true} upstream. */
    static RemoteRecord deletedUpstream(RemoteRecord asset) {
        return cyberAsset(((ObjectNode) asset.raw().deepCopy()).put("isDeleted", true));
    }

    /** The same asset with one field changed. */
    static RemoteRecord with(RemoteRecord asset, String field, String value) {
        return cyberAsset(((ObjectNode) asset.raw().deepCopy()).put(field, value));
    }

    private static RemoteRecord record(ResourceType type, ObjectNode json, String nameField, Relations relations) {
        return new RemoteRecord(type, text(json, "id"), text(json, nameField), deleted(json), relations, json);
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static boolean deleted(JsonNode json) {
        return json.path("isDeleted").asBoolean(false);
    }
}
