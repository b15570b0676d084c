package com.raptorcomply.sync.warehouse;

import java.util.regex.Pattern;

/**
 * PostgreSQL stores no NUL character (U+0000) in text, nor its escape in jsonb: such values are caught before they
 * spoil a whole batch.
 */
final class StorableText {

    /** The JSON escape of NUL, not itself preceded by an escaping backslash. */
    private static final Pattern ESCAPED_NUL = Pattern.compile("(?<!\\\\)(\\\\\\\\)*\\\\u0000");

    private StorableText() {
    }

    /** True when serialized JSON holds a NUL (JSON writers escape it as {@code \u0000}). */
    static boolean jsonHasNul(String json) {
        return json != null && json.contains("u0000") && ESCAPED_NUL.matcher(json).find();
    }

    /** The text with every NUL written as the escape {@code \u0000}, for values shown to people. */
    static String escaped(String text) {
        return text != null && text.indexOf('\u0000') >= 0 ? text.replace("\u0000", "\\u0000") : text;
    }
}
