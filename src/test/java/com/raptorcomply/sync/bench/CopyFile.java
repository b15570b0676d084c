package com.raptorcomply.sync.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.raptorcomply.sync.warehouse.CopyText;
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
                var row = new StringBuilder();
                CopyText.append(row, element.path("id").asText());
                CopyText.append(row.append('\t'), MAPPER.writeValueAsString(element));
                out.write(row.append('\n').toString());
                rows++;
            }
        }
        return rows;
    }
}
