package com.raptorcomply.sync.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** A cyber asset; {@code count} arrives as a string in responses and stays one. */
public record CyberAsset(
        String id,
        String name,
        String assetTag,
        String count,
        String cyberSystemId,
        String cipAssetCategory,
        String assetType,
        String impactLevel,
        String manufacturer,
        String model,
        String physicalLocation,
        String firmwareVersion,
        String operatingSystem,
        String serialNumber,
        String ipAddress,
        String macAddress,
        Boolean inService,
        Boolean dialUpConnectivity,
        Boolean routableProtocol,
        Boolean remoteAccessAvailable,
        Boolean baselineDocumented,
        Boolean portsServicesDocumented,
        Boolean loggingEnabled,
        String lastAuditDate,
        String lastBackupDate,
        String lastPatchDate,
        boolean deleted,
        Instant deletedAt,
        Instant createdAt,
        Instant updatedAt,
        JsonNode raw) implements RemoteRecord {

    @Override
    public ResourceType type() {
        return ResourceType.CYBER_ASSET;
    }
}
