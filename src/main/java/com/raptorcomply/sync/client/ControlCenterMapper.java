package com.raptorcomply.sync.client;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Control center from either dialect ({@code name}/{@code centerTitle}); counts only in the list form. */
final class ControlCenterMapper {

    private ControlCenterMapper() {
    }

    static ControlCenter map(ObjectNode node) {
        FieldReader in = new FieldReader(node);
        return new ControlCenter(
                in.id(), in.text("name", "centerTitle", "title"), in.text("organization_slug", "organizationSlug"),
                in.text("centerCode", "center_code"), in.bool("bes"), in.text("impactLevel", "impact_level"),
                in.text("addressId", "address_id"), FacilityMapper.address(in),
                in.text("regionalEntity", "regional_entity"), in.text("commissioningDate", "commissioning_date"),
                in.bool("espDefined", "esp_defined"), in.bool("pspDefined", "psp_defined"),
                in.decimal("recoveryTimeObjective", "recovery_time_objective"),
                in.decimal("recoveryPointObjective", "recovery_point_objective"),
                in.bool("backupFacilityTested", "backup_facility_tested"),
                in.bool("incidentResponseTested", "incident_response_tested"),
                in.text("lastReviewDate", "last_review_date"), in.text("latitude"), in.text("longitude"),
                in.text("nercRegistrationId", "nerc_registration_id"),
                in.integer("managedFacilitiesCount", "managed_facilities_count"),
                in.integer("cyberSystemsCount", "cyber_systems_count"),
                in.integer("cyberAssetsCount", "cyber_assets_count"),
                in.deleted(), in.instant("createdAt", "created_at"), in.instant("updatedAt", "updated_at"),
                node);
    }
}
