package com.raptorcomply.sync.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;

/**
 * Reads one list element from its bytes (see {@link ArraySplitter}). An object with a key twice would silently keep
 * the last value: it raises {@link RejectedElementException} instead, naming the element's id when that is
 * unambiguous. So does an element over the size limit, of which only the first bytes were kept: its id is read
 * from them when it comes before the element's first unfinished value.
 */
final class ElementReader {

    static final String DUPLICATE_KEY = "the object holds this key twice; which value the API meant is unknown";

    /** Bytes after the element's end (e.g. {@code [1 "a"]} split as one element) fail it as malformed. */
    private static final ObjectReader STRICT = Json.MAPPER.readerFor(JsonNode.class)
            .with(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY, DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ElementReader() {
    }

    static JsonNode read(byte[] bytes, int length) throws IOException {
        try {
            return STRICT.readValue(bytes, 0, length);
        } catch (MismatchedInputException e) {
            if (e.getOriginalMessage() == null || !e.getOriginalMessage().startsWith("Duplicate field")) {
                throw e;
            }
            String key = e.getProcessor() instanceof JsonParser at ? at.currentName() : null;
            throw new RejectedElementException(topLevelId(bytes, length), Ids.escapeUnstorable(String.valueOf(key)),
                    DUPLICATE_KEY);
        }
    }

    /** An element of {@code size} bytes, over {@code limit}: rejected with the id its first bytes show, if any. */
    static RejectedElementException oversized(ElementBytes kept, long size, String limit) {
        return new RejectedElementException(topLevelId(kept.array(), kept.length()), "(element)",
                "element of " + ListBudget.size(size) + ", over " + limit);
    }

    /**
     * The element's one top-level {@code id} string; null when it has none or more than one, or when the bytes
     * (maybe only the element's start) end or break before it.
     */
    private static String topLevelId(byte[] bytes, int length) {
        String id = null;
        int ids = 0;
        try (JsonParser tokens = Json.MAPPER.createParser(bytes, 0, length)) {
            if (tokens.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (tokens.nextToken() == JsonToken.FIELD_NAME) {
                boolean isId = "id".equals(tokens.currentName());
                JsonToken value = tokens.nextToken();
                if (isId) {
                    ids++;
                    id = value == JsonToken.VALUE_STRING ? tokens.getText() : null;
                }
                tokens.skipChildren();
            }
        } catch (JsonProcessingException e) {
            // the kept start of an oversized element ends mid-value: the ids seen before count
        } catch (IOException e) {
            return null;
        }
        return ids == 1 && id != null && !id.isBlank() && id.length() <= Ids.MAX_LENGTH ? id : null;
    }
}
