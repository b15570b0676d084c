package com.raptorcomply.sync.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.Closeable;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.ResponseBody;

/** One JSON array read element by element from a response body, never held whole; close releases the connection. */
final class JsonArrayStream implements Closeable {

    /** Refuses an object with a key twice (which would silently keep the last value) instead of guessing. */
    private static final ObjectReader ELEMENT_READER = Json.MAPPER.readerFor(JsonNode.class)
            .with(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private final ResponseBody body;
    private final JsonParser parser;
    private final String exchange;
    private boolean started;
    private JsonStreamContext array;

    private JsonArrayStream(ResponseBody body, JsonParser parser, String exchange) {
        this.body = body;
        this.parser = parser;
        this.exchange = exchange;
    }

    static JsonArrayStream open(ResponseBody body, String exchange) {
        try {
            return new JsonArrayStream(body, Json.MAPPER.createParser(body.byteStream()), exchange);
        } catch (IOException e) {
            body.close();
            throw new TransportException(exchange + ": the connection broke before the first element: " + e, e);
        }
    }

    /**
     * The element at {@code index}, or null after the closing bracket. An element with a duplicate key raises
     * {@link DuplicateKeyException} with the parser already past that element, so the list carries on.
     */
    JsonNode next(int index) {
        try {
            if (!started) {
                expectArrayStart();
            }
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY) {
                return null;
            }
            if (token == null) {
                throw new ResponseFormatException(exchange + ": the list ended without ']' at element " + index);
            }
            return readElement();
        } catch (JsonProcessingException e) {
            throw new ResponseFormatException(exchange + ": malformed or cut-short JSON at element " + index
                    + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new TransportException(exchange + ": the connection broke while reading element " + index
                    + ": " + e, e);
        }
    }

    private JsonNode readElement() throws IOException {
        try {
            return ELEMENT_READER.readValue(parser);
        } catch (MismatchedInputException e) {
            if (e.getOriginalMessage() == null || !e.getOriginalMessage().startsWith("Duplicate field")) {
                throw e;
            }
            String key = parser.currentName();
            skipRestOfElement();
            throw new DuplicateKeyException(key);
        }
    }

    /** Reads on to the end of the element being read, back in the list's own context. */
    private void skipRestOfElement() throws IOException {
        while (parser.getParsingContext() != array) {
            if (parser.nextToken() == null) {
                throw new ResponseFormatException(exchange + ": the list ended inside an element");
            }
        }
    }

    private void expectArrayStart() throws IOException {
        JsonToken first;
        try {
            first = parser.nextToken();
        } catch (JsonProcessingException e) {
            MediaType type = body.contentType();
            throw new ResponseFormatException(exchange + ": expected a JSON array, found a body that is not JSON"
                    + (type == null ? "" : " (Content-Type " + type + ")") + ": " + e.getOriginalMessage(), e);
        }
        if (first != JsonToken.START_ARRAY) {
            throw new ResponseFormatException(exchange + ": expected a JSON array, found " + describe(first));
        }
        started = true;
        array = parser.getParsingContext();
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "an empty body";
        }
        return switch (token) {
            case START_OBJECT -> "an object ('{')";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> "token " + token;
        };
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException ignored) {
            // the body is closed next, which is what releases the connection
        }
        body.close();
    }
}
