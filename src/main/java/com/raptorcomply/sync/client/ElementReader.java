package com.raptorcomply.sync.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;

/**
 * Reads the list element a parser is at, whole, leaving the parser on its last token. An object with a key twice
 * would silently keep the last value: it raises {@link DuplicateKeyException} instead, naming the element's id
 * when that is unambiguous, while the list's parser is already past the element.
 */
final class ElementReader {

    private static final ObjectReader STRICT = Json.MAPPER.readerFor(JsonNode.class)
            .with(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private ElementReader() {
    }

    static JsonNode read(JsonParser parser) throws IOException {
        TokenBuffer element = TokenBuffer.asCopyOfValue(parser);
        try (JsonParser tokens = element.asParserOnFirstToken()) {
            return STRICT.readValue(tokens);
        } catch (MismatchedInputException e) {
            if (e.getOriginalMessage() == null || !e.getOriginalMessage().startsWith("Duplicate field")) {
                throw e;
            }
            String key = e.getProcessor() instanceof JsonParser at ? at.currentName() : null;
            throw new DuplicateKeyException(key, topLevelId(element));
        }
    }

    /** The element's one top-level {@code id} string; null when it has none, or more than one. */
    private static String topLevelId(TokenBuffer element) throws IOException {
        String id = null;
        int ids = 0;
        try (JsonParser tokens = element.asParserOnFirstToken()) {
            if (tokens.currentToken() != JsonToken.START_OBJECT) {
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
        }
        return ids == 1 && id != null && !id.isBlank() && id.length() <= Ids.MAX_LENGTH ? id : null;
    }
}
