package com.raptorcomply.sync.client;

import static com.raptorcomply.sync.client.Fixtures.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecordMappingTest {

    private static final Instant MARCH_15 = Instant.parse("2024-03-15T10:30:00Z");
    private static final Instant MAY_12 = Instant.parse("2026-05-12T14:03:22Z");

    @Test
    void docsDialectFacilityControlCenterAndCyberSystem() {
        Facility facility = FacilityMapper.map(object(Fixtures.DOCS_FACILITY));
        ControlCenter center = ControlCenterMapper.map(object(Fixtures.DOCS_CONTROL_CENTER));
        CyberSystem system = CyberSystemMapper.map(object(Fixtures.DOCS_CYBER_SYSTEM));

        assertThat(facility).extracting(Facility::id, Facility::name, Facility::organizationSlug, Facility::deleted)
                .containsExactly("fac_01HXY", "South Plant Substation", "acme-utility", false);
        assertThat(center).extracting(ControlCenter::id, ControlCenter::name, ControlCenter::organizationSlug)
                .containsExactly("cc_01ABC", "Western Operations Center", "acme-utility");
        assertThat(system).extracting(CyberSystem::id, CyberSystem::name, CyberSystem::facilityId,
                CyberSystem::organizationSlug).containsExactly("cs_01DEF", "EMS BCS High", "fac_01HXY", "acme-utility");
    }

    @Test
    void docsDialectCyberAsset() {
        CyberAsset asset = CyberAssetMapper.map(object(Fixtures.DOCS_CYBER_ASSET));

        assertThat(asset).extracting(CyberAsset::id, CyberAsset::name, CyberAsset::assetType,
                CyberAsset::cyberSystemId, CyberAsset::createdAt, CyberAsset::updatedAt, CyberAsset::deleted)
                .containsExactly("ca_01ABC123", "RTU-PLANT-01", "hardware", "cs_01ABC456", MARCH_15, MARCH_15, false);
        assertThat(asset.raw()).isEqualTo(object(Fixtures.DOCS_CYBER_ASSET));
    }

    @Test
    void openApiFacilityWithEveryField() {
        Facility f = FacilityMapper.map(object(Fixtures.OPENAPI_FACILITY));

        assertThat(f).extracting(Facility::id, Facility::name, Facility::facilityCode, Facility::facilityType,
                Facility::generationTypes, Facility::bes, Facility::impactLevel).containsExactly(
                "7f1c2a9e-0000-4000-8000-000000000001", "Québec Wind Farm", "QWF-1", "generation",
                java.util.List.of("wind_onshore", "storage"), true, "medium");
        assertThat(f).extracting(Facility::capacityMw, Facility::capacityMva, Facility::voltageKv,
                Facility::regionalEntity, Facility::registrationStatus, Facility::interconnection)
                .containsExactly("120.50", "130", "230", "NPCC", "registered", "québec");
        assertThat(f).extracting(Facility::lastReviewDate, Facility::registrationDate, Facility::commissioningDate,
                Facility::assignedDate, Facility::controlCenterId, Facility::latitude, Facility::longitude,
                Facility::nercRegistrationId).containsExactly("2026-01-10", "2020-02-01", "2019-06-30", "2020-03-01",
                "7f1c2a9e-0000-4000-8000-0000000000cc", "48.83", "-64.48", "NCR12345");
        assertThat(f).extracting(Facility::deleted, Facility::deletedAt, Facility::createdAt, Facility::updatedAt)
                .containsExactly(false, null, MARCH_15, MAY_12);
        assertThat(f.address()).isEqualTo(new Facility.Address("ad-1", "1 Rue du Vent", null, "Gaspé", "QC",
                "G4X 1A1", MARCH_15, MAY_12));
    }

    @Test
    void unknownFieldsAreKeptInRawExactlyAsReceived() {
        Facility f = FacilityMapper.map(object(Fixtures.OPENAPI_FACILITY));

        assertThat(f.raw().get("futureField").toString()).isEqualTo("{\"nested\":[1,2.50]}");
        assertThat(f.raw()).isEqualTo(object(Fixtures.OPENAPI_FACILITY));
    }

    @Test
    void openApiControlCenterWithEveryField() {
        ControlCenter c = ControlCenterMapper.map(object(Fixtures.OPENAPI_CONTROL_CENTER));

        assertThat(c).extracting(ControlCenter::name, ControlCenter::centerCode, ControlCenter::bes,
                ControlCenter::impactLevel, ControlCenter::addressId, ControlCenter::regionalEntity,
                ControlCenter::commissioningDate, ControlCenter::espDefined, ControlCenter::pspDefined)
                .containsExactly("Primary Control Center", "PCC", true, "high", "ad-2", "WECC", "2015-01-01", true, false);
        assertThat(c).extracting(ControlCenter::recoveryTimeObjective, ControlCenter::recoveryPointObjective,
                ControlCenter::backupFacilityTested, ControlCenter::incidentResponseTested,
                ControlCenter::lastReviewDate, ControlCenter::latitude, ControlCenter::longitude,
                ControlCenter::nercRegistrationId).containsExactly(new BigDecimal("4"), null, true, false,
                "2026-02-02", "39.7", "-104.9", "NCR9");
        assertThat(c).extracting(ControlCenter::managedFacilitiesCount, ControlCenter::cyberSystemsCount,
                ControlCenter::cyberAssetsCount, ControlCenter::deleted, ControlCenter::createdAt)
                .containsExactly(3, 7, 42, false, MARCH_15);
        assertThat(c.address().city()).isEqualTo("Denver");
        assertThat(c.address().addressLine2()).isNull();
    }

    @Test
    void openApiCyberSystemWithEveryField() {
        CyberSystem s = CyberSystemMapper.map(object(Fixtures.OPENAPI_CYBER_SYSTEM));

        assertThat(s).extracting(CyberSystem::name, CyberSystem::systemCode, CyberSystem::systemType,
                CyberSystem::systemFunction, CyberSystem::externalRoutableConnectivity,
                CyberSystem::interactiveRemoteAccess, CyberSystem::facilityId, CyberSystem::controlCenterId)
                .containsExactly("EMS", "EMS-1", "ems", "energy management", true, false, null,
                        "7f1c2a9e-0000-4000-8000-0000000000cc");
        assertThat(s).extracting(CyberSystem::softwareVersion, CyberSystem::vendorName, CyberSystem::lastAuditDate,
                CyberSystem::lastVulnerabilityAssessment, CyberSystem::deleted, CyberSystem::deletedAt)
                .containsExactly("5.2", "GridSoft", "2026-03-01", "2026-04-01", true, MAY_12);
    }

    @Test
    void openApiCyberAssetWithEveryField() {
        CyberAsset a = CyberAssetMapper.map(object(Fixtures.OPENAPI_CYBER_ASSET));

        assertThat(a).extracting(CyberAsset::name, CyberAsset::assetTag, CyberAsset::count,
                CyberAsset::cyberSystemId, CyberAsset::cipAssetCategory, CyberAsset::assetType,
                CyberAsset::impactLevel, CyberAsset::manufacturer, CyberAsset::model).containsExactly(
                "RTU-PLANT-01", "T-001", "2", "7f1c2a9e-0000-4000-8000-0000000000c5", "bes_cyber_asset", "RTU",
                "high", "SEL", "3530");
        assertThat(a).extracting(CyberAsset::physicalLocation, CyberAsset::firmwareVersion,
                CyberAsset::operatingSystem, CyberAsset::serialNumber, CyberAsset::ipAddress, CyberAsset::macAddress)
                .containsExactly(null, "R140", "RTOS", "SN1", "10.0.0.5", "00:11:22:33:44:55");
        assertThat(a).extracting(CyberAsset::inService, CyberAsset::dialUpConnectivity, CyberAsset::routableProtocol,
                CyberAsset::remoteAccessAvailable, CyberAsset::baselineDocumented,
                CyberAsset::portsServicesDocumented, CyberAsset::loggingEnabled)
                .containsExactly(true, false, true, false, true, true, false);
        assertThat(a).extracting(CyberAsset::lastAuditDate, CyberAsset::lastBackupDate, CyberAsset::lastPatchDate,
                CyberAsset::deleted, CyberAsset::deletedAt, CyberAsset::createdAt, CyberAsset::updatedAt)
                .containsExactly("2026-01-01", "2026-02-01", null, false, null, MARCH_15, MAY_12);
    }

    @Test
    void aliasesAndNumbersSentAsNumbersOrStrings() {
        CyberAsset asset = CyberAssetMapper.map(object("""
                {"id": "x", "title": "by title", "count": 3, "is_deleted": true, "ip_address": "10.1.1.1",
                 "createdAt": "2024-03-15T12:30:00+02:00"}"""));
        CyberSystem system = CyberSystemMapper.map(object("""
                {"id": "cs_1", "name": "s", "control_center_id": "cc_1"}"""));

        assertThat(asset).extracting(CyberAsset::name, CyberAsset::count, CyberAsset::deleted,
                CyberAsset::ipAddress, CyberAsset::createdAt).containsExactly("by title", "3", true, "10.1.1.1", MARCH_15);
        assertThat(system.controlCenterId()).isEqualTo("cc_1");
    }
}
