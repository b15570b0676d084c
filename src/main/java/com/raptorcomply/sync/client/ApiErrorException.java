package com.raptorcomply.sync.client;

/** The API answered with a non-2xx status; carries its {@code error}, {@code message} and {@code field}. */
public class ApiErrorException extends RaptorComplyException {

    private final int status;
    private final String error;
    private final String apiMessage;
    private final String field;
    private final String method;
    private final String path;

    public ApiErrorException(int status, String error, String apiMessage, String field, String method, String path) {
        super(describe(status, error, apiMessage, field, method, path));
        this.status = status;
        this.error = error;
        this.apiMessage = apiMessage;
        this.field = field;
        this.method = method;
        this.path = path;
    }

    private static String describe(int status, String error, String message, String field, String method, String path) {
        StringBuilder text = new StringBuilder().append(method).append(' ').append(path).append(" -> HTTP ").append(status);
        if (error != null) {
            text.append(' ').append(error);
        }
        if (message != null) {
            text.append(": ").append(message);
        }
        if (field != null) {
            text.append(" (field ").append(field).append(')');
        }
        return text.toString();
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public String apiMessage() {
        return apiMessage;
    }

    public String field() {
        return field;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    /** 429 and 5xx: worth another try on an idempotent request. */
    public boolean isTransient() {
        return status == 429 || status >= 500;
    }
}
