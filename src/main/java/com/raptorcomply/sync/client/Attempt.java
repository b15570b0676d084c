package com.raptorcomply.sync.client;

import java.io.IOException;
import okhttp3.Request;
import okhttp3.ResponseBody;
import retrofit2.Response;

/** The outcome of sending a request once: an HTTP answer (any status) or no answer at all. */
sealed interface Attempt {

    /** e.g. {@code GET /cyber-assets}. */
    String exchange();

    static String exchange(Request request) {
        return request.method() + " " + request.url().encodedPath();
    }

    /** Releases what the attempt holds; for an attempt that is about to be retried. */
    void discard();

    record Answered(String exchange, Response<ResponseBody> response) implements Attempt {

        int status() {
            return response.code();
        }

        @Override
        public void discard() {
            close(response.body());
            close(response.errorBody());
        }

        @Override
        public String toString() {
            return exchange + " -> HTTP " + status();
        }

        private static void close(ResponseBody body) {
            if (body != null) {
                body.close();
            }
        }
    }

    record Failed(String exchange, IOException error) implements Attempt {

        @Override
        public void discard() {
        }

        @Override
        public String toString() {
            return exchange + " failed: " + error;
        }
    }
}
