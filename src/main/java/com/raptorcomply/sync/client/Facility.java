package com.raptorcomply.sync.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/** A facility (substation, plant) in either dialect; numbers the API sends as strings stay strings. */
public record Facility(
        String id,
        String name,
        String organizationSlug,
        String facilityCode,
        String facilityType,
        List<String> generationTypes,
        Boolean bes,
        String impactLevel,
        String capacityMw,
        String capacityMva,
        String voltageKv,
        String regionalEntity,
        String registrationStatus,
        String interconnection,
        String lastReviewDate,
        String registrationDate,
        String commissioningDate,
        String assignedDate,
        String controlCenterId,
        Address address,
        String latitude,
        String longitude,
        String nercRegistrationId,
        boolean deleted,
        Instant deletedAt,
        Instant createdAt,
        Instant updatedAt,
        JsonNode raw) implements RemoteRecord {

    @Override
    public ResourceType type() {
        return ResourceType.FACILITY;
    }

    /** A postal address as the OpenAPI dialect nests it. */
    public record Address(
            String id,
            String addressLine1,
            String addressLine2,
            String city,
            String state,
            String zip,
            Instant createdAt,
            Instant updatedAt) {
    }
}
