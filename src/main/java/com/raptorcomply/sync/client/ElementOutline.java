package com.raptorcomply.sync.client;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one scan of an element's bytes shows without parsing them into a tree: the top-level {@code id} and the JSON
 * type of each top-level field. Enough to recognise an element byte for byte identical to one the warehouse holds
 * (its id and {@link TextHash} are a live mirror row's, see {@link KnownTexts}) and to count its type drift, for
 * a fraction of a parse's cost. The scan checks no more syntax than it needs: the bytes it vouches for are those of
 * an element that was parsed and validated in full when it was merged. It gives up, and the element is parsed,
 * on anything unusual: not one object, an escape in a field name or in the id, the id twice or not a string, more
 * than {@value #MAX_FIELDS} fields, or a deleted flag that is {@code true}.
 * One instance per list, reused from one element to the next. The elements of a list mostly share their field names,
 * in the same order: a name whose bytes are those of the previous element's name at the same position is that same
 * string (no copy, its hash already known), and an element with the previous one's names and types has its drift.
 */
final class ElementOutline {

    static final int MAX_FIELDS = 256;

    private final ResourceType type;
    /** The names and types of the fields scanned, by position, and the names' UTF-8 bytes. */
    private final String[] names = new String[MAX_FIELDS];
    private final FieldTypes.JsonType[] types = new FieldTypes.JsonType[MAX_FIELDS];
    private final byte[][] nameBytes = new byte[MAX_FIELDS][];
    private int fields;
    /**
     * The field count {@link #drift} was last computed for; -1 when none, or when a name or a type at a position
     * has changed since (each position keeps what was last scanned there).
     */
    private int driftFields = -1;
    private List<FieldDrift> drift = List.of();
    private String id;
    private byte[] bytes;
    private int pos;
    private int end;

    ElementOutline(ResourceType type) {
        this.type = type;
    }

    /**
     * An element of the list known to the warehouse: {@link ListItem.Held} when its bytes ({@code textHash} their
     * {@link TextHash}) outline an id whose live row was merged from the same bytes, else null (the element is then
     * parsed).
     */
    ListItem.Held<RemoteRecord> held(int index, byte[] element, int length, String textHash, KnownTexts known) {
        if (!scan(element, length) || !known.holds(id, textHash)) {
            return null;
        }
        return new ListItem.Held<>(index, id, textHash, drift());
    }

    /** Scans the element; false when the scan gives up. Then {@link #id()} and {@link #drift()} tell what it found. */
    boolean scan(byte[] element, int length) {
        bytes = element;
        end = length;
        pos = 0;
        fields = 0;
        id = null;
        if (!skipWhitespaceTo('{')) {
            return false;
        }
        pos++;
        if (skipWhitespaceTo('}')) {
            return false;   // no id
        }
        while (field()) {
            if (!skipWhitespaceTo(',')) {
                break;
            }
            pos++;
        }
        if (pos < 0 || !skipWhitespaceTo('}')) {
            return false;
        }
        pos++;
        skipWhitespace();
        return pos == end && id != null;
    }

    String id() {
        return id;
    }

    /** The fields scanned whose JSON type differs from the documented one, as {@link RecordReader} reports them. */
    List<FieldDrift> drift() {
        if (driftFields == fields) {
            return drift;
        }
        List<FieldDrift> found = new ArrayList<>(0);
        for (int i = 0; i < fields; i++) {
            FieldDrift one = FieldTypes.drift(type, names[i], types[i]);
            if (one != null) {
                found.add(one);
            }
        }
        drift = List.copyOf(found);
        driftFields = fields;
        return drift;
    }

    /** {@code "name": value}, maybe after whitespace; false, with {@code pos} -1, when the scan gives up. */
    private boolean field() {
        if (!skipWhitespaceTo('"') || fields == MAX_FIELDS) {
            return stop();
        }
        int nameStart = ++pos;
        while (pos < end && bytes[pos] != '"') {
            if (bytes[pos] == '\\') {
                return stop();
            }
            pos++;
        }
        if (pos == end) {
            return stop();
        }
        String name = name(nameStart, pos);
        pos++;
        if (!skipWhitespaceTo(':')) {
            return stop();
        }
        pos++;
        skipWhitespace();
        FieldTypes.JsonType found = value(name);
        if (pos < 0) {
            return false;
        }
        if (types[fields] != found) {
            types[fields] = found;
            driftFields = -1;
        }
        fields++;
        return true;
    }

    /**
     * The field name in bytes {@code [from, to)}, kept at the current position: the string already there when its
     * bytes match.
     */
    private String name(int from, int to) {
        byte[] last = nameBytes[fields];
        if (last == null || !Arrays.equals(last, 0, last.length, bytes, from, to)) {
            nameBytes[fields] = Arrays.copyOfRange(bytes, from, to);
            names[fields] = new String(bytes, from, to - from, StandardCharsets.UTF_8);
            driftFields = -1;
        }
        return names[fields];
    }

    /** Skips one value and returns its type (null for JSON null); {@code pos} is -1 when the scan gives up. */
    private FieldTypes.JsonType value(String name) {
        if (pos == end) {
            return giveUp();
        }
        boolean isId = name.equals("id");
        byte first = bytes[pos];
        if (first == '"') {
            int start = pos + 1;
            boolean escaped = skipString();
            if (isId && pos >= 0) {
                if (id != null || escaped) {
                    return giveUp();
                }
                id = new String(bytes, start, pos - 1 - start, StandardCharsets.UTF_8);
            }
            return FieldTypes.JsonType.STRING;
        }
        if (isId) {
            return giveUp();
        }
        return switch (first) {
            case '{' -> skipNested(FieldTypes.JsonType.OBJECT);
            case '[' -> skipNested(FieldTypes.JsonType.ARRAY);
            case 't' -> Spellings.DELETED.contains(name) ? giveUp() : skipScalar(FieldTypes.JsonType.BOOLEAN);
            case 'f' -> skipScalar(FieldTypes.JsonType.BOOLEAN);
            case 'n' -> skipScalar(null);
            default -> first == '-' || (first >= '0' && first <= '9')
                    ? skipScalar(FieldTypes.JsonType.NUMBER) : giveUp();
        };
    }

    /** From the opening quote to just past the closing one; true when the string holds an escape. */
    private boolean skipString() {
        boolean escaped = false;
        for (pos++; pos < end; pos++) {
            byte b = bytes[pos];
            if (b == '\\') {
                escaped = true;
                pos++;
            } else if (b == '"') {
                pos++;
                return escaped;
            }
        }
        pos = -1;
        return escaped;
    }

    private FieldTypes.JsonType skipNested(FieldTypes.JsonType found) {
        int depth = 0;
        while (pos >= 0 && pos < end) {
            byte b = bytes[pos];
            if (b == '"') {
                skipString();
                continue;
            }
            if (b == '{' || b == '[') {
                depth++;
            } else if ((b == '}' || b == ']') && --depth == 0) {
                pos++;
                return found;
            }
            pos++;
        }
        return giveUp();
    }

    /** A literal or a number: up to the next delimiter. */
    private FieldTypes.JsonType skipScalar(FieldTypes.JsonType found) {
        while (pos < end && bytes[pos] != ',' && bytes[pos] != '}' && !isWhitespace(bytes[pos])) {
            pos++;
        }
        return found;
    }

    private FieldTypes.JsonType giveUp() {
        stop();
        return null;
    }

    private boolean stop() {
        pos = -1;
        return false;
    }

    /** Skips whitespace; whether the next byte is {@code expected} (not consumed). */
    private boolean skipWhitespaceTo(char expected) {
        skipWhitespace();
        return pos < end && bytes[pos] == expected;
    }

    private void skipWhitespace() {
        while (pos < end && isWhitespace(bytes[pos])) {
            pos++;
        }
    }

    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }
}
