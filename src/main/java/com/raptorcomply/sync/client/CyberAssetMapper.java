package com.raptorcomply.sync.client;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Cyber asset from either dialect ({@code name}/{@code assetTitle}, {@code cyber_system_id}/{@code cyberSystemId}). */
final class CyberAssetMapper {

    private CyberAssetMapper() {
    }

    static CyberAsset map(ObjectNode node) {
        FieldReader in = new FieldReader(node);
        return new CyberAsset(
                in.id(), in.text("name", "assetTitle", "title"), in.text("assetTag", "asset_tag"),
                in.text("count"), in.text("cyberSystemId", "cyber_system_id"),
                in.text("cipAssetCategory", "cip_asset_category"), in.text("assetType", "asset_type"),
                in.text("impactLevel", "impact_level"), in.text("manufacturer"), in.text("model"),
                in.text("physicalLocation", "physical_location"), in.text("firmwareVersion", "firmware_version"),
                in.text("operatingSystem", "operating_system"), in.text("serialNumber", "serial_number"),
                in.text("ipAddress", "ip_address"), in.text("macAddress", "mac_address"),
                in.bool("inService", "in_service"), in.bool("dialUpConnectivity", "dial_up_connectivity"),
                in.bool("routableProtocol", "routable_protocol"),
                in.bool("remoteAccessAvailable", "remote_access_available"),
                in.bool("baselineDocumented", "baseline_documented"),
                in.bool("portsServicesDocumented", "ports_services_documented"),
                in.bool("loggingEnabled", "logging_enabled"),
                in.text("lastAuditDate", "last_audit_date"), in.text("lastBackupDate", "last_backup_date"),
                in.text("lastPatchDate", "last_patch_date"),
                in.deleted(), in.instant("deletedAt", "deleted_at"),
                in.instant("createdAt", "created_at"), in.instant("updatedAt", "updated_at"),
                node);
    }
}
