package com.raptorcomply.sync.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.ResponseBody;

/**
 * One JSON array read element by element from a response body, never held whole, each element bounded in bytes
 * ({@link ArraySplitter}); close releases the connection.
 */
final class JsonArrayStream implements Closeable {

    private final ResponseBody body;
    private final ArraySplitter splitter;
    private final String exchange;
    private final ListBudget budget;
    private final String limit;
    private boolean started;
    private long lastSize;

    private JsonArrayStream(ResponseBody body, ArraySplitter splitter, String exchange, ListBudget budget,
            String limit) {
        this.body = body;
        this.splitter = splitter;
        this.exchange = exchange;
        this.budget = budget;
        this.limit = limit;
    }

    /** Reads {@code body} through the list's budget (deadline, minimum rate and largest element). */
    static JsonArrayStream open(ResponseBody body, String exchange, ListBudget budget) {
        ArraySplitter splitter = new ArraySplitter(budget.meter(body.byteStream()), budget.maxElementBytes());
        try {
            splitter.prime();
        } catch (MeteredBody.Exceeded e) {
            body.close();
            throw budget.exceeded(exchange, 0, e.bytes(), e.getMessage());
        } catch (IOException e) {
            body.close();
            throw new TransportException(exchange + ": the connection broke before the first element: " + e, e);
        }
        return new JsonArrayStream(body, splitter, exchange, budget, budget.maxElementSetting());
    }

    /**
     * The bytes of the element at {@code index} as received, valid until the next call; null after the closing
     * bracket. An element over the size limit raises {@link RejectedElementException}, the stream already past it.
     */
    ElementBytes nextBytes(int index) {
        try {
            if (!started) {
                expectArrayStart();
            }
            long size = splitter.next();
            if (size < 0) {
                return null;
            }
            lastSize = size;
            ElementBytes kept = splitter.kept();
            if (size > kept.limit()) {
                throw ElementReader.oversized(kept, size, limit);
            }
            return kept;
        } catch (ArraySplitter.Malformed e) {
            throw new ResponseFormatException(exchange + (e.unclosed() ? ": the list ended without ']' at element "
                    + index : ": malformed or cut-short JSON at element " + index + ": " + e.getMessage()));
        } catch (IOException e) {
            throw failure(e, index);
        }
    }

    /** The element {@link #nextBytes} returned, parsed; a duplicate key raises {@link RejectedElementException}. */
    JsonNode parse(ElementBytes element, int index) {
        try {
            return ElementReader.read(element.array(), element.length());
        } catch (IOException e) {
            throw failure(e, index);
        }
    }

    private RuntimeException failure(IOException e, int index) {
        if (e instanceof JsonProcessingException malformed) {
            return new ResponseFormatException(exchange + ": malformed or cut-short JSON at element " + index
                    + ": " + malformed.getOriginalMessage(), malformed);
        }
        if (e instanceof MeteredBody.Exceeded exceeded) {
            return budget.exceeded(exchange, index, exceeded.bytes(), exceeded.getMessage());
        }
        return new TransportException(exchange + ": the connection broke while reading element " + index + ": " + e, e);
    }

    /** The size of the element {@link #nextBytes} last read (or rejected), as received. */
    long lastSize() {
        return lastSize;
    }

    /** A body that is not an array is handed to Jackson, which names what it holds instead. */
    private void expectArrayStart() throws IOException {
        if (splitter.openArray()) {
            started = true;
            return;
        }
        JsonToken first;
        try (JsonParser parser = Json.MAPPER.createParser(splitter.rest())) {
            first = parser.nextToken();
        } catch (JsonProcessingException e) {
            MediaType type = body.contentType();
            throw new ResponseFormatException(exchange + ": expected a JSON array, found a body that is not JSON"
                    + (type == null ? "" : " (Content-Type " + type + ")") + ": " + e.getOriginalMessage(), e);
        }
        throw new ResponseFormatException(exchange + ": expected a JSON array, found " + describe(first));
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
        body.close();
    }
}
