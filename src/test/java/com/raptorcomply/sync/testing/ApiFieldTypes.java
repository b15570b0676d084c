package com.raptorcomply.sync.testing;

import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.client.ResourceType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The type of every field the API describes, transcribed by hand from ../shared/raptor-comply-api.md and kept
 * apart from the main code on purpose: the simulator and the client's drift table are both tested against it, so
 * neither can drift from the API again. One line per field: name, JSON type, {@code R} when the OpenAPI
 * description marks it required in responses (docs dialect: the fields its examples always show). A field
 * {@code a.b} is field {@code b} of the object {@code a}.
 */
public final class ApiFieldTypes {

    /** The docs dialect's spelling of isDeleted / deletedAt (decision 9), on every resource. */
    private static final String DOCS_DELETION = """
            is_deleted boolean
            deleted_at string
            """;

    private static final String ADDRESS = """
            address object
            address.id string
            address.addressLine1 string
            address.addressLine2 string
            address.city string
            address.state string
            address.zip string
            address.createdAt string
            address.updatedAt string
            """;

    private static final Map<String, String> TABLES = Map.of(
            key(Dialect.DOCS, ResourceType.FACILITY), """
                    id string R
                    name string R
                    organization_slug string R
                    """ + DOCS_DELETION,
            key(Dialect.DOCS, ResourceType.CONTROL_CENTER), """
                    id string R
                    name string R
                    organization_slug string R
                    """ + DOCS_DELETION,
            key(Dialect.DOCS, ResourceType.CYBER_SYSTEM), """
                    id string R
                    name string R
                    facility_id string
                    control_center_id string
                    organization_slug string R
                    """ + DOCS_DELETION,
            key(Dialect.DOCS, ResourceType.CYBER_ASSET), """
                    id string R
                    name string R
                    asset_type string R
                    cyber_system_id string R
                    created_at string R
                    updated_at string R
                    """ + DOCS_DELETION,
            key(Dialect.OPENAPI, ResourceType.FACILITY), """
                    id string R
                    title string R
                    facilityCode string R
                    facilityType string R
                    generationType array
                    bes boolean R
                    impactLevel string R
                    capacityMw string R
                    capacityMva string R
                    voltageKv string R
                    regionalEntity string R
                    registrationStatus string R
                    interconnection string R
                    lastReviewDate string R
                    registrationDate string
                    commissioningDate string
                    assignedDate string
                    controlCenterId string
                    latitude string
                    longitude string
                    nercRegistrationId string
                    isDeleted boolean
                    deletedAt string
                    createdAt string R
                    updatedAt string R
                    """ + ADDRESS,
            key(Dialect.OPENAPI, ResourceType.CONTROL_CENTER), """
                    id string
                    centerTitle string
                    centerCode string
                    bes boolean
                    impactLevel string
                    addressId string
                    regionalEntity string
                    commissioningDate string
                    espDefined boolean
                    pspDefined boolean
                    recoveryTimeObjective number
                    recoveryPointObjective number
                    backupFacilityTested string
                    incidentResponseTested string
                    lastReviewDate string
                    latitude string
                    longitude string
                    nercRegistrationId string
                    createdAt string
                    updatedAt string
                    managedFacilitiesCount number
                    cyberSystemsCount number
                    cyberAssetsCount number
                    """ + ADDRESS,
            key(Dialect.OPENAPI, ResourceType.CYBER_SYSTEM), """
                    id string
                    systemTitle string
                    systemCode string
                    systemType string
                    systemFunction string
                    externalRoutableConnectivity boolean
                    interactiveRemoteAccess boolean
                    facilityId string
                    controlCenterId string
                    softwareVersion string
                    vendorName string
                    lastAuditDate string
                    lastVulnerabilityAssessment string
                    createdAt string
                    updatedAt string
                    isDeleted boolean
                    deletedAt string
                    """,
            key(Dialect.OPENAPI, ResourceType.CYBER_ASSET), """
                    id string
                    assetTitle string
                    assetTag string
                    count string
                    cyberSystemId string
                    cipAssetCategory string
                    assetType string
                    impactLevel string
                    manufacturer string
                    model string
                    physicalLocation string
                    firmwareVersion string
                    operatingSystem string
                    serialNumber string
                    ipAddress string
                    macAddress string
                    inService boolean
                    dialUpConnectivity boolean
                    routableProtocol boolean
                    remoteAccessAvailable boolean
                    baselineDocumented boolean
                    portsServicesDocumented boolean
                    loggingEnabled boolean
                    lastAuditDate string
                    lastBackupDate string
                    lastPatchDate string
                    createdAt string
                    updatedAt string
                    isDeleted boolean
                    deletedAt string
                    """);

    /** A field's JSON type ({@code string}, {@code number}, {@code boolean}, {@code object}, {@code array}). */
    public record Field(String name, String type, boolean required) {
    }

    private ApiFieldTypes() {
    }

    /** Every described field of {@code type} in {@code dialect}, nested ones as {@code a.b}, in table order. */
    public static Map<String, Field> of(Dialect dialect, ResourceType type) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (String line : TABLES.get(key(dialect, type)).strip().split("\n")) {
            String[] parts = line.strip().split(" ");
            fields.put(parts[0], new Field(parts[0], parts[1], parts.length > 2 && parts[2].equals("R")));
        }
        return fields;
    }

    private static String key(Dialect dialect, ResourceType type) {
        return dialect + "/" + type;
    }
}
