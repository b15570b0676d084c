package com.raptorcomply.sync.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Locale;
import okhttp3.Request;
import okhttp3.ResponseBody;
import retrofit2.Response;

/** Turns a non-2xx answer into the typed exception, tolerating error bodies that are empty or not JSON. */
final class ApiErrors {

    private static final int SNIPPET = 200;

    private ApiErrors() {
    }

    static ApiErrorException from(Response<ResponseBody> response) {
        Request request = response.raw().request();
        ErrorBody body = ErrorBody.read(response.errorBody(), request);
        String path = request.url().encodedPath();
        if (response.code() == 401) {
            SentKey sent = SentKey.of(request);
            return new AuthenticationException(failure(sent, body.message()), sent == null ? null : sent.key().slot(),
                    body.error(), body.message(), request.method(), path);
        }
        return new ApiErrorException(response.code(), body.error(), body.message(), body.field(),
                request.method(), path);
    }

    static AuthFailure failure(SentKey sent, String message) {
        String text = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (sent == null || text.contains("missing")) {
            return AuthFailure.MISSING;
        }
        return text.contains("expired") ? AuthFailure.EXPIRED : AuthFailure.INVALID;
    }

    /** {@code error}, {@code message} and {@code field} of an error body; a non-JSON body becomes the message. */
    record ErrorBody(String error, String message, String field) {

        static ErrorBody read(ResponseBody body, Request request) {
            String text = text(body);
            if (text.isBlank()) {
                return new ErrorBody(null, "(empty error body)", null);
            }
            try {
                JsonNode json = Json.MAPPER.readTree(text);
                if (json != null && json.isObject()) {
                    return new ErrorBody(field(json, "error", request), field(json, "message", request),
                            field(json, "field", request));
                }
            } catch (IOException notJson) {
                // described below
            }
            String snippet = text.strip().replaceAll("\\s+", " ");
            snippet = snippet.length() > SNIPPET ? snippet.substring(0, SNIPPET) + "…" : snippet;
            return new ErrorBody(null, "(error body is not JSON) " + SentKey.scrub(snippet, request), null);
        }

        private static String text(ResponseBody body) {
            if (body == null) {
                return "";
            }
            try (body) {
                return body.string();
            } catch (IOException e) {
                return "";
            }
        }

        private static String field(JsonNode json, String name, Request request) {
            JsonNode value = json.get(name);
            return value == null || value.isNull() ? null : SentKey.scrub(value.asText(), request);
        }
    }
}
