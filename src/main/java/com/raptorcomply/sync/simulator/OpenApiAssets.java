package com.raptorcomply.sync.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.raptorcomply.sync.client.ResourceType;
import java.time.Instant;
import java.util.List;

/** Seeded cyber systems and cyber assets in the OpenAPI dialect. */
final class OpenApiAssets {

    static final List<String> CIP_CATEGORIES = List.of("bes_cyber_asset", "protected_cyber_asset", "eacms", "pacs",
            "transient", "removable_media");
    static final String MAX_IP = "ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255";
    static final List<String> BOOLEANS = List.of("inService", "dialUpConnectivity", "routableProtocol",
            "remoteAccessAvailable", "baselineDocumented", "portsServicesDocumented", "loggingEnabled");
    private static final List<String> SYSTEM_TYPES = List.of("scada", "ems", "dcs", "protection", "control",
            "monitoring", "remedial_action");
    private static final List<String> VENDORS = List.of("Schweitzer Engineering", "GE Vernova", "Siemens",
            "Hitachi Energy", "ABB", "Emerson", "OSIsoft", "Cisco", "Fortinet");
    private static final List<String> ASSET_TYPES = List.of("server", "workstation", "rtu", "relay", "plc",
            "firewall", "switch", "historian", "software");
    private static final List<String> SYSTEMS = List.of("Windows Server 2019", "RHEL 8.9", "VxWorks 7",
            "Cisco IOS XE 17.9", "FortiOS 7.2");

    private OpenApiAssets() {
    }

    static ObjectNode system(DataSet data, int index, Rng rng) {
        Layout layout = data.layout();
        boolean inControlCenter = layout.systemInControlCenter(index);
        String owner = data.id(inControlCenter ? ResourceType.CONTROL_CENTER : ResourceType.FACILITY,
                layout.ownerOfSystem(index));
        boolean nulls = HardCases.is(index, HardCases.NULLS);
        ObjectNode node = DataSet.JSON.objectNode();
        node.put("id", data.id(ResourceType.CYBER_SYSTEM, index));
        node.put("systemTitle", HardCases.name(ResourceType.CYBER_SYSTEM, index, rng, 255));
        node.put("systemCode", "BCS-" + HardCases.digits(index + 1, 4));
        node.put("systemType", rng.pick(SYSTEM_TYPES));
        node.put("systemFunction", nulls ? null : "Monitoring and control of BES elements");
        node.put("externalRoutableConnectivity", rng.chance(50));
        node.put("interactiveRemoteAccess", rng.chance(30));
        node.put("facilityId", inControlCenter ? null : owner);
        node.put("controlCenterId", inControlCenter ? owner : null);
        node.put("softwareVersion", nulls ? null : rng.between(1, 9) + "." + rng.nextInt(20) + "." + rng.nextInt(10));
        node.put("vendorName", nulls ? null : rng.pick(VENDORS));
        Instant created = data.time().seeded(rng);
        OpenApiRecords.putDate(node, "lastAuditDate", nulls, created.plusSeconds(rng.nextInt(300 * 86_400)));
        OpenApiRecords.putDate(node, "lastVulnerabilityAssessment", nulls,
                created.plusSeconds(rng.nextInt(300 * 86_400)));
        OpenApiRecords.putTimestamps(data, node, rng, created);
        node.put("isDeleted", false);
        node.putNull("deletedAt");
        return node;
    }

    static ObjectNode asset(DataSet data, int index, Rng rng) {
        boolean nulls = HardCases.is(index, HardCases.NULLS);
        boolean longest = HardCases.is(index, HardCases.MAX_LENGTH);
        ObjectNode node = DataSet.JSON.objectNode();
        node.put("id", data.id(ResourceType.CYBER_ASSET, index));
        node.put("assetTitle", HardCases.name(ResourceType.CYBER_ASSET, index, rng, 255));
        String tag = "TAG-" + HardCases.digits(index + 1, 6);
        node.put("assetTag", longest ? HardCases.pad(tag + "-", 50) : tag);
        node.put("count", String.valueOf(rng.chance(85) ? 1 : rng.between(2, 12)));
        node.put("cyberSystemId", data.id(ResourceType.CYBER_SYSTEM, data.layout().systemOfAsset(index)));
        node.put("cipAssetCategory", rng.pick(CIP_CATEGORIES));
        node.put("assetType", rng.pick(ASSET_TYPES));
        node.put("impactLevel", rng.pick(OpenApiRecords.IMPACT_LEVELS.subList(0, 3)));
        node.put("manufacturer", rng.pick(VENDORS));
        node.put("model", "M-" + rng.between(100, 9999));
        node.put("physicalLocation", nulls ? null : "Rack " + rng.between(1, 40) + ", Control House");
        node.put("firmwareVersion", nulls ? null : "R" + rng.between(100, 999) + "-V" + rng.nextInt(9));
        node.put("operatingSystem", nulls ? null : rng.pick(SYSTEMS));
        node.put("serialNumber", nulls ? null : rng.hex(12).toUpperCase());
        node.put("ipAddress", nulls ? null : longest ? MAX_IP : ip(rng));
        node.put("macAddress", nulls ? null : mac(rng));
        for (String flag : BOOLEANS) {
            node.put(flag, rng.chance(60));
        }
        Instant created = data.time().seeded(rng);
        OpenApiRecords.putDate(node, "lastAuditDate", nulls, created.plusSeconds(rng.nextInt(300 * 86_400)));
        OpenApiRecords.putDate(node, "lastBackupDate", nulls, created.plusSeconds(rng.nextInt(300 * 86_400)));
        OpenApiRecords.putDate(node, "lastPatchDate", nulls, created.plusSeconds(rng.nextInt(300 * 86_400)));
        OpenApiRecords.putTimestamps(data, node, rng, created);
        node.put("isDeleted", false);
        node.putNull("deletedAt");
        return node;
    }

    private static String ip(Rng rng) {
        if (rng.chance(15)) {
            return "fd00:" + rng.hex(4) + "::" + rng.hex(4);
        }
        return "10." + rng.nextInt(256) + "." + rng.nextInt(256) + "." + rng.between(1, 254);
    }

    private static String mac(Rng rng) {
        StringBuilder mac = new StringBuilder(17);
        for (int octet = 0; octet < 6; octet++) {
            mac.append(octet == 0 ? "" : ":").append(rng.hex(2).toUpperCase());
        }
        return mac.toString();
    }
}
