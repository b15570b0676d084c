package com.raptorcomply.sync.push;

import java.util.Locale;
import java.util.regex.Pattern;

/** How a cell's text becomes a value: booleans and integers typed, everything else kept as text. */
final class CellValues {

    /** At most 18 digits fits a long; no leading zeros, so tags like {@code 0042} stay text. */
    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,17})");

    private CellValues() {
    }

    /** {@code true} or {@code false} in any case; null for anything else. */
    static Boolean bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** A non-empty attribute cell as a JSON value: a boolean, an integer, or the text itself. */
    static Object attribute(String text) {
        Boolean bool = bool(text);
        if (bool != null) {
            return bool;
        }
        return INTEGER.matcher(text).matches() && !"-0".equals(text) ? (Object) Long.valueOf(text) : text;
    }
}
