package com.raptorcomply.sync.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON type of every documented field, both dialects (../shared/raptor-comply-api.md): what a received
 * field is compared with to report type drift. Null is always accepted; fields not listed are not checked.
 */
final class FieldTypes {

    enum JsonType { STRING, NUMBER, BOOLEAN, OBJECT, ARRAY }

    private static final Map<ResourceType, Map<String, JsonType>> TABLE = new EnumMap<>(ResourceType.class);

    static {
        var facility = table(ResourceType.FACILITY);
        strings(facility, "id", "title", "facilityCode", "facilityType", "impactLevel", "capacityMw", "capacityMva",
                "voltageKv", "regionalEntity", "registrationStatus", "interconnection", "lastReviewDate",
                "registrationDate", "commissioningDate", "assignedDate", "controlCenterId", "latitude", "longitude",
                "nercRegistrationId", "deletedAt", "createdAt", "updatedAt", "name", "organization_slug");
        facility.put("generationType", JsonType.ARRAY);
        facility.put("address", JsonType.OBJECT);
        booleans(facility, "bes", "isDeleted");
        var center = table(ResourceType.CONTROL_CENTER);
        strings(center, "id", "centerTitle", "centerCode", "impactLevel", "addressId", "regionalEntity",
                "commissioningDate", "backupFacilityTested", "incidentResponseTested", "lastReviewDate", "latitude",
                "longitude", "nercRegistrationId", "createdAt", "updatedAt", "name", "organization_slug");
        center.put("address", JsonType.OBJECT);
        booleans(center, "bes", "espDefined", "pspDefined");
        numbers(center, "recoveryTimeObjective", "recoveryPointObjective", "managedFacilitiesCount",
                "cyberSystemsCount", "cyberAssetsCount");
        var system = table(ResourceType.CYBER_SYSTEM);
        strings(system, "id", "systemTitle", "systemCode", "systemType", "systemFunction", "facilityId",
                "controlCenterId", "softwareVersion", "vendorName", "lastAuditDate", "lastVulnerabilityAssessment",
                "createdAt", "updatedAt", "deletedAt", "name", "facility_id", "control_center_id", "organization_slug");
        booleans(system, "externalRoutableConnectivity", "interactiveRemoteAccess", "isDeleted");
        var asset = table(ResourceType.CYBER_ASSET);
        strings(asset, "id", "assetTitle", "assetTag", "count", "cyberSystemId", "cipAssetCategory", "assetType",
                "impactLevel", "manufacturer", "model", "physicalLocation", "firmwareVersion", "operatingSystem",
                "serialNumber", "ipAddress", "macAddress", "lastAuditDate", "lastBackupDate", "lastPatchDate",
                "createdAt", "updatedAt", "deletedAt", "name", "asset_type", "cyber_system_id", "created_at",
                "updated_at");
        booleans(asset, "inService", "dialUpConnectivity", "routableProtocol", "remoteAccessAvailable",
                "baselineDocumented", "portsServicesDocumented", "loggingEnabled", "isDeleted");
        for (var fields : TABLE.values()) {
            // the docs dialect's soft-delete spelling, read like isDeleted
            fields.put("is_deleted", JsonType.BOOLEAN);
            fields.put("deleted_at", JsonType.STRING);
        }
    }

    private FieldTypes() {
    }

    /** Every documented field of {@code type} with its JSON type. */
    static Map<String, JsonType> of(ResourceType type) {
        return Map.copyOf(TABLE.get(type));
    }

    /**
     * The drift of field {@code field} of {@code type} holding a value of JSON type {@code found} (null for JSON
     * null): null when it matches the documented type, is null, or the field is not documented.
     */
    static FieldDrift drift(ResourceType type, String field, JsonType found) {
        JsonType expected = TABLE.get(type).get(field);
        return expected == null || found == null || found == expected ? null
                : new FieldDrift(field, name(expected), name(found));
    }

    /** The JSON type of a parsed value; null for JSON null. */
    static JsonType typeOf(JsonNode value) {
        if (value.isTextual()) {
            return JsonType.STRING;
        }
        if (value.isNumber()) {
            return JsonType.NUMBER;
        }
        if (value.isBoolean()) {
            return JsonType.BOOLEAN;
        }
        return value.isObject() ? JsonType.OBJECT : value.isArray() ? JsonType.ARRAY : null;
    }

    private static String name(JsonType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    private static Map<String, JsonType> table(ResourceType type) {
        return TABLE.computeIfAbsent(type, ignored -> new HashMap<>());
    }

    private static void strings(Map<String, JsonType> fields, String... names) {
        put(fields, JsonType.STRING, names);
    }

    private static void booleans(Map<String, JsonType> fields, String... names) {
        put(fields, JsonType.BOOLEAN, names);
    }

    private static void numbers(Map<String, JsonType> fields, String... names) {
        put(fields, JsonType.NUMBER, names);
    }

    private static void put(Map<String, JsonType> fields, JsonType type, String... names) {
        for (String name : names) {
            fields.put(name, type);
        }
    }
}
