package com.raptorcomply.sync.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;

/** A control center in either dialect; the counts appear only in the list form. */
public record ControlCenter(
        String id,
        String name,
        String organizationSlug,
        String centerCode,
        Boolean bes,
        String impactLevel,
        String addressId,
        Facility.Address address,
        String regionalEntity,
        String commissioningDate,
        Boolean espDefined,
        Boolean pspDefined,
        BigDecimal recoveryTimeObjective,
        BigDecimal recoveryPointObjective,
        Boolean backupFacilityTested,
        Boolean incidentResponseTested,
        String lastReviewDate,
        String latitude,
        String longitude,
        String nercRegistrationId,
        Integer managedFacilitiesCount,
        Integer cyberSystemsCount,
        Integer cyberAssetsCount,
        boolean deleted,
        Instant createdAt,
        Instant updatedAt,
        JsonNode raw) implements RemoteRecord {

    @Override
    public ResourceType type() {
        return ResourceType.CONTROL_CENTER;
    }
}
