package com.raptorcomply.sync.simulator;

import com.raptorcomply.sync.client.ResourceType;
import java.util.List;

/**
 * Names, and where in every block of twenty records the awkward data sits: CJK, emoji, quotes and backslashes,
 * strings at their maximum length, québec, nulls. Every name carries its record's number, so asset names stay
 * unique within a cyber system (the one exception, the bare quoted name, appears once).
 */
final class HardCases {

    static final int CJK = 1;
    static final int EMOJI = 2;
    static final int QUOTES = 3;
    static final int MAX_LENGTH = 4;
    static final int QUEBEC = 5;
    static final int NULLS = 6;

    static final String QUOTED_NAME = "Plant \"North\" \\ Unit 2";

    private static final List<String> PLACES = List.of("South", "North", "Eastern", "Western", "Cedar Ridge",
            "Bayview", "Red Rock", "Lakeside", "Pine Hollow", "Granite Falls", "Riverbend", "Summit");
    private static final List<String> FACILITY_KINDS = List.of("Substation", "Generating Station", "Wind Farm",
            "Solar Park", "Switchyard", "Hydro Plant", "Battery Storage");
    private static final List<String> SYSTEM_KINDS = List.of("EMS", "SCADA", "DCS", "Protection", "AGC", "RAS");
    private static final List<String> ASSET_KINDS = List.of("RTU", "HMI", "PLC", "RELAY", "FW", "SW", "HIST",
            "ENG-WS", "GPS-CLK", "DFR");
    private static final List<String> IMPACTS = List.of("High", "Medium", "Low");

    private HardCases() {
    }

    static boolean is(int index, int hardCase) {
        return index % 20 == hardCase;
    }

    /** The record's display name ({@code name}, {@code title}, {@code assetTitle}, ...). */
    static String name(ResourceType type, int index, Rng rng, int maxLength) {
        int number = index + 1;
        return switch (index % 20) {
            case CJK -> "变电站 北区 第" + number + "号";
            case EMOJI -> "Solar Farm ☀️⚡🔌 #" + number;
            case QUOTES -> index < 20 ? QUOTED_NAME : QUOTED_NAME + " #" + number;
            case MAX_LENGTH -> pad("Long name #" + number + " ", maxLength);
            default -> plainName(type, number, rng);
        };
    }

    static String pad(String start, int length) {
        StringBuilder out = new StringBuilder(start);
        while (out.length() < length) {
            out.append((char) ('a' + out.length() % 26));
        }
        return out.substring(0, length);
    }

    /** {@code value} zero-padded to {@code width} digits (String.format is too slow for 100,000 records). */
    static String digits(long value, int width) {
        String plain = Long.toString(value);
        return plain.length() >= width ? plain : "0".repeat(width - plain.length()) + plain;
    }

    private static String plainName(ResourceType type, int number, Rng rng) {
        return switch (type) {
            case FACILITY -> rng.pick(PLACES) + " " + rng.pick(FACILITY_KINDS) + " " + number;
            case CONTROL_CENTER -> rng.pick(PLACES) + " Operations Center " + number;
            case CYBER_SYSTEM -> rng.pick(SYSTEM_KINDS) + " BCS " + rng.pick(IMPACTS) + " " + number;
            case CYBER_ASSET -> rng.pick(ASSET_KINDS) + "-" + rng.pick(PLACES).toUpperCase().replace(' ', '-')
                    + "-" + digits(number, 5);
        };
    }
}
