package com.raptorcomply.sync.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.IntConsumer;

/** One HTTP exchange, remembering the status it was answered with for the request log. */
final class SimExchange {

    private final HttpExchange http;
    private final ObjectMapper mapper;
    private final IntConsumer onAnswer;
    private int status;

    /** {@code onAnswer} hears the status before it is sent, so a client never sees an answer not yet logged. */
    SimExchange(HttpExchange http, ObjectMapper mapper, IntConsumer onAnswer) {
        this.http = http;
        this.mapper = mapper;
        this.onAnswer = onAnswer;
    }

    private void answer(int code, long length) throws IOException {
        status = code;
        onAnswer.accept(code);
        http.sendResponseHeaders(code, length);
    }

    /** The request body as a JSON object; 400 when it is missing, malformed or not an object. */
    JsonNode readObject() throws IOException {
        try (InputStream in = http.getRequestBody()) {
            JsonNode body = mapper.readTree(in);
            if (body == null || !body.isObject()) {
                throw ApiError.badRequest("Request body must be a JSON object", null);
            }
            return body;
        } catch (JsonProcessingException malformed) {
            throw ApiError.badRequest("Malformed JSON body", null);
        }
    }

    void sendJson(int code, JsonNode body) throws IOException {
        byte[] bytes = mapper.writeValueAsBytes(body);
        http.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        answer(code, bytes.length);
        try (OutputStream out = http.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A 200 that is not JSON at all (fault injection). */
    void sendHtml(String html) throws IOException {
        byte[] bytes = html.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        http.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        answer(200, bytes.length);
        try (OutputStream out = http.getResponseBody()) {
            out.write(bytes);
        }
    }

    void sendEmpty(int code) throws IOException {
        answer(code, -1);
        http.close();
    }

    void sendError(ApiError error) throws IOException {
        error.headers().forEach((name, value) -> http.getResponseHeaders().set(name, value));
        sendJson(error.status(), error.body());
    }

    /** Starts a 200 answer of unknown length (chunked); the caller writes the body and closes the stream. */
    OutputStream startStream() throws IOException {
        http.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        answer(200, 0);
        return http.getResponseBody();
    }

    /** Starts a 200 answer that announces {@code length} bytes; the caller may send fewer (fault injection). */
    OutputStream startFixedLength(long length) throws IOException {
        http.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        answer(200, length);
        return http.getResponseBody();
    }

    boolean answered() {
        return status != 0;
    }
}
