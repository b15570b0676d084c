package com.raptorcomply.sync.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import okhttp3.ResponseBody;
import retrofit2.Response;

/** Reading successful single-record answers. */
final class Responses {

    private Responses() {
    }

    static String exchange(Response<?> response) {
        return Attempt.exchange(response.raw().request());
    }

    /** The body of a 2xx answer as JSON; {@link ResponseFormatException} when empty or not JSON. */
    static JsonNode json(Response<ResponseBody> response) {
        ResponseBody body = response.body();
        if (body == null) {
            throw new ResponseFormatException(exchange(response) + " -> " + response.code() + " without a body");
        }
        try (body) {
            JsonNode node = Json.MAPPER.readTree(body.byteStream());
            if (node == null || node.isMissingNode()) {
                throw new ResponseFormatException(exchange(response) + " -> " + response.code() + " with an empty body");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ResponseFormatException(exchange(response) + " -> " + response.code()
                    + " with a body that is not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new TransportException(exchange(response) + ": the connection broke while reading the body: " + e, e);
        }
    }

    static void close(Response<ResponseBody> response) {
        if (response.body() != null) {
            response.body().close();
        }
    }
}
