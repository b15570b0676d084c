package com.raptorcomply.sync.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Records of both dialects as the API sends them. */
final class Fixtures {

    static final String DOCS_FACILITY = """
            {"id": "fac_01HXY", "name": "South Plant Substation", "organization_slug": "acme-utility"}""";
    static final String DOCS_CONTROL_CENTER = """
            {"id": "cc_01ABC", "name": "Western Operations Center", "organization_slug": "acme-utility"}""";
    static final String DOCS_CYBER_SYSTEM = """
            {"id": "cs_01DEF", "name": "EMS BCS High", "facility_id": "fac_01HXY", "organization_slug": "acme-utility"}""";
    static final String DOCS_CYBER_ASSET = """
            {"id": "ca_01ABC123", "name": "RTU-PLANT-01", "asset_type": "hardware", "cyber_system_id": "cs_01ABC456",
             "created_at": "2024-03-15T10:30:00Z", "updated_at": "2024-03-15T10:30:00Z"}""";

    static final String OPENAPI_FACILITY = """
            {"id": "7f1c2a9e-0000-4000-8000-000000000001", "title": "Québec Wind Farm", "facilityCode": "QWF-1",
             "facilityType": "generation", "generationType": ["wind_onshore", "storage"], "bes": true,
             "impactLevel": "medium", "capacityMw": "120.50", "capacityMva": "130", "voltageKv": "230",
             "regionalEntity": "NPCC", "registrationStatus": "registered", "interconnection": "québec",
             "lastReviewDate": "2026-01-10", "registrationDate": "2020-02-01", "commissioningDate": "2019-06-30",
             "assignedDate": "2020-03-01", "controlCenterId": "7f1c2a9e-0000-4000-8000-0000000000cc",
             "address": {"id": "ad-1", "addressLine1": "1 Rue du Vent", "addressLine2": null, "city": "Gaspé",
                         "state": "QC", "zip": "G4X 1A1", "createdAt": "2024-03-15T10:30:00Z",
                         "updatedAt": "2026-05-12T14:03:22.000Z"},
             "latitude": "48.83", "longitude": "-64.48", "nercRegistrationId": "NCR12345", "isDeleted": false,
             "deletedAt": null, "createdAt": "2024-03-15T10:30:00Z", "updatedAt": "2026-05-12T14:03:22.000Z",
             "futureField": {"nested": [1, 2.50]}}""";
    static final String OPENAPI_CONTROL_CENTER = """
            {"id": "7f1c2a9e-0000-4000-8000-0000000000cc", "centerTitle": "Primary Control Center",
             "centerCode": "PCC", "bes": true, "impactLevel": "high", "addressId": "ad-2",
             "address": {"id": "ad-2", "addressLine1": "2 Grid Way", "city": "Denver", "state": "CO", "zip": "80202"},
             "regionalEntity": "WECC", "commissioningDate": "2015-01-01", "espDefined": true, "pspDefined": false,
             "recoveryTimeObjective": 4, "recoveryPointObjective": null, "backupFacilityTested": "2025-11-03",
             "incidentResponseTested": null, "lastReviewDate": "2026-02-02", "latitude": "39.7",
             "longitude": "-104.9", "nercRegistrationId": "NCR9", "managedFacilitiesCount": 3,
             "cyberSystemsCount": 7, "cyberAssetsCount": 42, "createdAt": "2024-03-15T10:30:00Z",
             "updatedAt": "2024-03-16T10:30:00Z"}""";
    static final String OPENAPI_CYBER_SYSTEM = """
            {"id": "7f1c2a9e-0000-4000-8000-0000000000c5", "systemTitle": "EMS", "systemCode": "EMS-1",
             "systemType": "ems", "systemFunction": "energy management", "externalRoutableConnectivity": true,
             "interactiveRemoteAccess": false, "facilityId": null,
             "controlCenterId": "7f1c2a9e-0000-4000-8000-0000000000cc", "softwareVersion": "5.2",
             "vendorName": "GridSoft", "lastAuditDate": "2026-03-01", "lastVulnerabilityAssessment": "2026-04-01",
             "createdAt": "2024-03-15T10:30:00Z", "updatedAt": "2024-03-15T10:30:00Z", "isDeleted": true,
             "deletedAt": "2026-05-12T14:03:22.000Z"}""";
    static final String OPENAPI_CYBER_ASSET = """
            {"id": "7f1c2a9e-0000-4000-8000-0000000000a1", "assetTitle": "RTU-PLANT-01", "assetTag": "T-001",
             "count": "2", "cyberSystemId": "7f1c2a9e-0000-4000-8000-0000000000c5",
             "cipAssetCategory": "bes_cyber_asset", "assetType": "RTU", "impactLevel": "high",
             "manufacturer": "SEL", "model": "3530", "physicalLocation": null, "firmwareVersion": "R140",
             "operatingSystem": "RTOS", "serialNumber": "SN1", "ipAddress": "10.0.0.5",
             "macAddress": "00:11:22:33:44:55", "inService": true, "dialUpConnectivity": false,
             "routableProtocol": true, "remoteAccessAvailable": false, "baselineDocumented": true,
             "portsServicesDocumented": true, "loggingEnabled": false, "lastAuditDate": "2026-01-01",
             "lastBackupDate": "2026-02-01", "lastPatchDate": null, "createdAt": "2024-03-15T10:30:00Z",
             "updatedAt": "2026-05-12T14:03:22.000Z", "isDeleted": false, "deletedAt": null}""";

    private Fixtures() {
    }

    static ObjectNode object(String json) {
        return (ObjectNode) tree(json);
    }

    static JsonNode tree(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String array(String... elements) {
        return "[" + String.join(",", elements) + "]";
    }
}
