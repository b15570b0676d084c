package com.raptorcomply.sync.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.ResponseBody;

/** One JSON array read element by element from a response body, never held whole; close releases the connection. */
final class JsonArrayStream implements Closeable {

    private final ResponseBody body;
    private final JsonParser parser;
    private final String exchange;
    private final ListBudget budget;
    private boolean started;

    private JsonArrayStream(ResponseBody body, JsonParser parser, String exchange, ListBudget budget) {
        this.body = body;
        this.parser = parser;
        this.exchange = exchange;
        this.budget = budget;
    }

    /** Reads {@code body} through the list's budget (deadline and minimum rate). */
    static JsonArrayStream open(ResponseBody body, String exchange, ListBudget budget) {
        try {
            return new JsonArrayStream(body, Json.MAPPER.createParser(budget.meter(body.byteStream())), exchange,
                    budget);
        } catch (MeteredBody.Exceeded e) {
            body.close();
            throw budget.exceeded(exchange, 0, e.bytes(), e.getMessage());
        } catch (IOException e) {
            body.close();
            throw new TransportException(exchange + ": the connection broke before the first element: " + e, e);
        }
    }

    /**
     * The element at {@code index}, or null after the closing bracket. An element with a duplicate key raises
     * {@link DuplicateKeyException} (see {@link ElementReader}) with the parser already past that element, so the
     * list carries on.
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
            return ElementReader.read(parser);
        } catch (JsonProcessingException e) {
            throw new ResponseFormatException(exchange + ": malformed or cut-short JSON at element " + index
                    + ": " + e.getOriginalMessage(), e);
        } catch (MeteredBody.Exceeded e) {
            throw budget.exceeded(exchange, index, e.bytes(), e.getMessage());
        } catch (IOException e) {
            throw new TransportException(exchange + ": the connection broke while reading element " + index
                    + ": " + e, e);
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
