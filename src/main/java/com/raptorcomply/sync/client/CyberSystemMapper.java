package com.raptorcomply.sync.client;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Cyber system from either dialect ({@code name}/{@code systemTitle}, {@code facility_id}/{@code facilityId}). */
final class CyberSystemMapper {

    private CyberSystemMapper() {
    }

    static CyberSystem map(ObjectNode node) {
        FieldReader in = new FieldReader(node);
        return new CyberSystem(
                in.id(), in.text("name", "systemTitle", "title"), in.text("organization_slug", "organizationSlug"),
                in.text("systemCode", "system_code"), in.text("systemType", "system_type"),
                in.text("systemFunction", "system_function"),
                in.bool("externalRoutableConnectivity", "external_routable_connectivity"),
                in.bool("interactiveRemoteAccess", "interactive_remote_access"),
                in.text("facilityId", "facility_id"), in.text("controlCenterId", "control_center_id"),
                in.text("softwareVersion", "software_version"), in.text("vendorName", "vendor_name"),
                in.text("lastAuditDate", "last_audit_date"),
                in.text("lastVulnerabilityAssessment", "last_vulnerability_assessment"),
                in.deleted(), in.instant("deletedAt", "deleted_at"),
                in.instant("createdAt", "created_at"), in.instant("updatedAt", "updated_at"),
                node);
    }
}
