package com.raptorcomply.sync.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;

/** Turns a list's JSON array into COPY text rows {@code id TAB payload}, one per element, streaming. */
final class CopyFile {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CopyFile() {
    }

    /** Writes one row per element of the array in {@code body}; the number of rows. */
    static long writeRows(InputStream body, Writer out) throws IOException {
        long rows = 0;
        try (JsonParser parser = MAPPER.getFactory().createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException("the list is not a JSON array");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                JsonNode element = MAPPER.readTree(parser);
                out.write(escape(element.path("id").asText()));
                out.write('\t');
                out.write(escape(MAPPER.writeValueAsString(element)));
                out.write('\n');
                rows++;
            }
        }
        return rows;
    }

    /** COPY's text format gives backslash, tab, line feed and carriage return a meaning: escape them. */
    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\t' -> escaped.append("\\t");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
