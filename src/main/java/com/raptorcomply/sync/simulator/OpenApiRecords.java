package com.raptorcomply.sync.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.raptorcomply.sync.client.ResourceType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Seeded facilities and control centers in the OpenAPI dialect: camelCase, UUIDs, numbers as strings. */
final class OpenApiRecords {

    static final List<String> IMPACT_LEVELS = List.of("high", "medium", "low", "category_2", "not_applicable");
    private static final List<String> FACILITY_TYPES = List.of("generation", "transmission", "distribution");
    private static final List<String> GENERATION_TYPES = List.of("geothermal", "hydroelectric", "natural_gas",
            "nuclear", "solar", "storage", "tidal", "wind_offshore", "wind_onshore");
    private static final List<String> REGIONS = List.of("WECC", "MRO", "NPCC", "RFC", "SERC", "SPP", "TRE");
    private static final List<String> REGISTRATION = List.of("registered", "pending", "not_required",
            "not_applicable");
    private static final List<String> INTERCONNECTIONS = List.of("eastern", "western", "ercot");
    private static final List<String> CITIES = List.of("Phoenix", "Denver", "Omaha", "Albany", "Québec", "Austin");
    private static final List<String> STATES = List.of("AZ", "CO", "NE", "NY", "QC", "TX");

    private OpenApiRecords() {
    }

    static ObjectNode generate(DataSet data, ResourceType type, int index, Rng rng) {
        return switch (type) {
            case FACILITY -> facility(data, index, rng);
            case CONTROL_CENTER -> controlCenter(data, index, rng);
            case CYBER_SYSTEM -> OpenApiAssets.system(data, index, rng);
            case CYBER_ASSET -> OpenApiAssets.asset(data, index, rng);
        };
    }

    private static ObjectNode facility(DataSet data, int index, Rng rng) {
        boolean nulls = HardCases.is(index, HardCases.NULLS);
        String type = rng.pick(FACILITY_TYPES);
        ObjectNode node = DataSet.JSON.objectNode();
        node.put("id", data.id(ResourceType.FACILITY, index));
        node.put("title", HardCases.name(ResourceType.FACILITY, index, rng, 255));
        node.put("facilityCode", "FAC-" + HardCases.digits(index + 1, 4));
        node.put("facilityType", type);
        if (type.equals("generation") && !nulls) {
            node.putArray("generationType").add(rng.pick(GENERATION_TYPES)).add(rng.pick(GENERATION_TYPES));
        } else {
            node.putNull("generationType");
        }
        node.put("bes", rng.chance(80));
        node.put("impactLevel", rng.pick(IMPACT_LEVELS));
        node.put("capacityMw", decimal(rng, 200_000, 2));
        node.put("capacityMva", decimal(rng, 250_000, 2));
        node.put("voltageKv", decimal(rng, 76_500, 1));
        node.put("regionalEntity", rng.pick(REGIONS));
        node.put("registrationStatus", rng.pick(REGISTRATION));
        node.put("interconnection",
                HardCases.is(index, HardCases.QUEBEC) ? "québec" : rng.pick(INTERCONNECTIONS));
        Instant created = data.time().seeded(rng);
        node.put("lastReviewDate", Timestamps.date(created.plusSeconds(rng.nextInt(400 * 86_400))));
        putDate(node, "registrationDate", nulls, created.minusSeconds(rng.nextInt(900 * 86_400)));
        putDate(node, "commissioningDate", nulls, created.minusSeconds(rng.nextInt(9000 * 86_400)));
        putDate(node, "assignedDate", nulls, created.plusSeconds(rng.nextInt(30 * 86_400)));
        int controlCenter = data.layout().controlCenterOfFacility(index);
        node.put("controlCenterId", controlCenter < 0 ? null : data.id(ResourceType.CONTROL_CENTER, controlCenter));
        node.set("address", nulls ? DataSet.JSON.nullNode() : address(data, rng, created));
        putLocation(node, rng, nulls);
        node.put("nercRegistrationId", nulls ? null : "NCR" + HardCases.digits(rng.nextInt(100_000), 5));
        node.put("isDeleted", false);
        node.putNull("deletedAt");
        putTimestamps(data, node, rng, created);
        return node;
    }

    private static ObjectNode controlCenter(DataSet data, int index, Rng rng) {
        boolean nulls = HardCases.is(index, HardCases.NULLS);
        ObjectNode node = DataSet.JSON.objectNode();
        node.put("id", data.id(ResourceType.CONTROL_CENTER, index));
        node.put("centerTitle", HardCases.name(ResourceType.CONTROL_CENTER, index, rng, 255));
        node.put("centerCode", "CC-" + HardCases.digits(index + 1, 3));
        node.put("bes", true);
        node.put("impactLevel", rng.pick(IMPACT_LEVELS.subList(0, 3)));
        Instant created = data.time().seeded(rng);
        ObjectNode address = nulls ? null : address(data, rng, created);
        node.put("addressId", address == null ? null : address.get("id").asText());
        node.set("address", address == null ? DataSet.JSON.nullNode() : address);
        node.put("regionalEntity", rng.pick(REGIONS));
        putDate(node, "commissioningDate", nulls, created.minusSeconds(rng.nextInt(9000 * 86_400)));
        node.put("espDefined", rng.chance(90));
        node.put("pspDefined", rng.chance(90));
        node.put("recoveryTimeObjective", rng.between(1, 72));
        node.put("recoveryPointObjective", nulls ? null : rng.between(0, 24));
        // dates of the last test, as the OpenAPI description types them: strings, not booleans
        putDate(node, "backupFacilityTested", nulls, created.plusSeconds(rng.nextInt(300 * 86_400)));
        putDate(node, "incidentResponseTested", nulls, created.plusSeconds(rng.nextInt(300 * 86_400)));
        node.put("lastReviewDate", Timestamps.date(created.plusSeconds(rng.nextInt(400 * 86_400))));
        putLocation(node, rng, nulls);
        node.put("nercRegistrationId", nulls ? null : "NCR" + HardCases.digits(rng.nextInt(100_000), 5));
        putTimestamps(data, node, rng, created);
        return node;
    }

    private static ObjectNode address(DataSet data, Rng rng, Instant created) {
        int city = rng.nextInt(CITIES.size());
        ObjectNode address = DataSet.JSON.objectNode();
        address.put("id", new UUID((rng.nextLong() & ~0xF000L) | 0x4000L,
                (rng.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L).toString());
        address.put("addressLine1", rng.between(1, 9999) + " Grid Road");
        address.put("addressLine2", rng.chance(30) ? "Suite " + rng.between(100, 999) : null);
        address.put("city", CITIES.get(city));
        address.put("state", STATES.get(city));
        address.put("zip", HardCases.digits(rng.nextInt(100_000), 5));
        address.put("createdAt", data.time().format(created));
        address.put("updatedAt", data.time().format(created));
        return address;
    }

    static String decimal(Rng rng, int maxUnscaled, int scale) {
        return BigDecimal.valueOf(rng.nextInt(maxUnscaled) + 1L, scale).toPlainString();
    }

    static void putDate(ObjectNode node, String field, boolean nulls, Instant instant) {
        node.put(field, nulls ? null : Timestamps.date(instant));
    }

    static void putTimestamps(DataSet data, ObjectNode node, Rng rng, Instant created) {
        node.put("createdAt", data.time().format(created));
        node.put("updatedAt", data.time().format(created.plusSeconds(rng.nextInt(200 * 86_400))));
    }

    private static void putLocation(ObjectNode node, Rng rng, boolean nulls) {
        node.put("latitude", nulls ? null : BigDecimal.valueOf(25_000_000L + rng.nextInt(24_000_000), 6)
                .toPlainString());
        node.put("longitude", nulls ? null : BigDecimal.valueOf(-67_000_000L - rng.nextInt(57_000_000), 6)
                .toPlainString());
    }
}
