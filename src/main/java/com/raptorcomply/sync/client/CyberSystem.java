package com.raptorcomply.sync.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** A BES cyber system; it belongs to exactly one facility or one control center. */
public record CyberSystem(
        String id,
        String name,
        String organizationSlug,
        String systemCode,
        String systemType,
        String systemFunction,
        Boolean externalRoutableConnectivity,
        Boolean interactiveRemoteAccess,
        String facilityId,
        String controlCenterId,
        String softwareVersion,
        String vendorName,
        String lastAuditDate,
        String lastVulnerabilityAssessment,
        boolean deleted,
        Instant deletedAt,
        Instant createdAt,
        Instant updatedAt,
        JsonNode raw) implements RemoteRecord {

    @Override
    public ResourceType type() {
        return ResourceType.CYBER_SYSTEM;
    }
}
