package com.raptorcomply.sync.warehouse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.raptorcomply.sync.client.ControlCenter;
import com.raptorcomply.sync.client.CyberAsset;
import com.raptorcomply.sync.client.CyberSystem;
import com.raptorcomply.sync.client.Facility;

/**
 * Test records in the OpenAPI dialect: JSON first (the record as received), typed fields read from it, so a
 * test changes a record by changing its JSON.
 */
final class Records {

    static final ObjectMapper JSON = new ObjectMapper();

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

    static Facility facility(String id, String title) {
        return facility(facilityJson(id, title));
    }

    static Facility facility(ObjectNode json) {
        return new Facility(text(json, "id"), text(json, "title"), null, null, text(json, "facilityType"), null,
                null, text(json, "impactLevel"), null, null, null, null, null, text(json, "interconnection"), null,
                null, null, null, text(json, "controlCenterId"), null, null, null, null, deleted(json), null, null,
                null, json);
    }

    static ControlCenter controlCenter(String id, String title) {
        ObjectNode json = controlCenterJson(id, title);
        return new ControlCenter(id, title, null, null, null, text(json, "impactLevel"), null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, false, null, null,
                json);
    }

    static CyberSystem cyberSystem(String id, String title, String facilityId) {
        return cyberSystem(cyberSystemJson(id, title, facilityId));
    }

    static CyberSystem cyberSystem(ObjectNode json) {
        return new CyberSystem(text(json, "id"), text(json, "systemTitle"), null, null, text(json, "systemType"),
                null, null, null, text(json, "facilityId"), text(json, "controlCenterId"), null, null, null, null,
                deleted(json), null, null, null, json);
    }

    static CyberAsset cyberAsset(String id, String title, String cyberSystemId) {
        return cyberAsset(cyberAssetJson(id, title, cyberSystemId));
    }

    static CyberAsset cyberAsset(ObjectNode json) {
        return new CyberAsset(text(json, "id"), text(json, "assetTitle"), text(json, "assetTag"),
                text(json, "count"), text(json, "cyberSystemId"), text(json, "cipAssetCategory"),
                text(json, "assetType"), text(json, "impactLevel"), null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, deleted(json), null, null, null, json);
    }

    /** The same asset, marked {@code isDeleted: true} upstream. */
    static CyberAsset deletedUpstream(CyberAsset asset) {
        return cyberAsset(((ObjectNode) asset.raw().deepCopy()).put("isDeleted", true));
    }

    /** The same asset with one field changed. */
    static CyberAsset with(CyberAsset asset, String field, String value) {
        return cyberAsset(((ObjectNode) asset.raw().deepCopy()).put(field, value));
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static boolean deleted(JsonNode json) {
        return json.path("isDeleted").asBoolean(false);
    }
}
