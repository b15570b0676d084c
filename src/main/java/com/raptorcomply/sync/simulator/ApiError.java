package com.raptorcomply.sync.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** An error answer of the simulated API: status, {@code {"error", "message"[, "field"]}} and extra headers. */
final class ApiError extends RuntimeException {

    private final int status;
    private final String field;
    private final Map<String, String> headers = new LinkedHashMap<>();

    ApiError(int status, String message, String field) {
        super(message, null, false, false);
        this.status = status;
        this.field = field;
    }

    static ApiError unauthorized(String message) {
        return new ApiError(401, message, null);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, message, null);
    }

    static ApiError badRequest(String message, String field) {
        return new ApiError(400, message, field);
    }

    static ApiError unprocessable(String message) {
        return new ApiError(422, message, null);
    }

    static ApiError methodNotAllowed(String method, String allowed) {
        return new ApiError(405, "Method " + method + " is not allowed here", null).header("Allow", allowed);
    }

    static ApiError status(int status) {
        String message = status == 429 ? "Rate limit exceeded, slow down" : "Simulated server failure";
        return new ApiError(status, message, null);
    }

    ApiError header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    int status() {
        return status;
    }

    Map<String, String> headers() {
        return headers;
    }

    ObjectNode body() {
        ObjectNode body = DataSet.JSON.objectNode();
        body.put("error", reason(status));
        body.put("message", getMessage());
        if (field != null) {
            body.put("field", field);
        }
        return body;
    }

    static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 422 -> "Unprocessable Entity";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "Error " + status;
        };
    }
}
