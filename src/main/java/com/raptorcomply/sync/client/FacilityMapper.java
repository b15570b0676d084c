package com.raptorcomply.sync.client;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Facility from either dialect ({@code name}/{@code title}, {@code organization_slug}, camelCase fields). */
final class FacilityMapper {

    private FacilityMapper() {
    }

    static Facility map(ObjectNode node) {
        FieldReader in = new FieldReader(node);
        return new Facility(
                in.id(), in.text("name", "title"), in.text("organization_slug", "organizationSlug"),
                in.text("facilityCode", "facility_code"), in.text("facilityType", "facility_type"),
                in.textList("generationType", "generation_type", "generationTypes"),
                in.bool("bes"), in.text("impactLevel", "impact_level"),
                in.text("capacityMw", "capacity_mw"), in.text("capacityMva", "capacity_mva"),
                in.text("voltageKv", "voltage_kv"), in.text("regionalEntity", "regional_entity"),
                in.text("registrationStatus", "registration_status"), in.text("interconnection"),
                in.text("lastReviewDate", "last_review_date"), in.text("registrationDate", "registration_date"),
                in.text("commissioningDate", "commissioning_date"), in.text("assignedDate", "assigned_date"),
                in.text("controlCenterId", "control_center_id"), address(in),
                in.text("latitude"), in.text("longitude"),
                in.text("nercRegistrationId", "nerc_registration_id"),
                in.deleted(), in.instant("deletedAt", "deleted_at"),
                in.instant("createdAt", "created_at"), in.instant("updatedAt", "updated_at"),
                node);
    }

    /** The nested address of a facility or control center; null when absent. */
    static Facility.Address address(FieldReader parent) {
        FieldReader in = parent.object("address");
        if (in == null) {
            return null;
        }
        return new Facility.Address(
                in.text("id"), in.text("addressLine1", "address_line1", "address_line_1"),
                in.text("addressLine2", "address_line2", "address_line_2"),
                in.text("city"), in.text("state"), in.text("zip", "zip_code", "zipCode"),
                in.instant("createdAt", "created_at"), in.instant("updatedAt", "updated_at"));
    }
}
