package com.raptorcomply.sync.client;

import java.io.IOException;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds {@code X-API-Key} to every request: the key tagged on the request (a probe), else the source's current key,
 * asked anew each time because the rotation code may switch it mid-run. When the current key is refused (401)
 * and the source fails over to another key, the same request is sent again with it, so no work in flight is lost.
 */
final class ApiKeyInterceptor implements Interceptor {

    static final String HEADER = "X-API-Key";
    private static final int MESSAGE_BYTES = 4096;

    private final ApiKeySource keys;

    ApiKeyInterceptor(ApiKeySource keys) {
        this.keys = keys;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        ApiKey probeKey = request.tag(ApiKey.class);
        Optional<ApiKey> key = probeKey != null ? Optional.of(probeKey) : keys.current();
        Response response = chain.proceed(withKey(request, key));
        while (probeKey == null && response.code() == 401 && key.isPresent()) {
            Optional<ApiKey> next = keys.failover(key.get(), refusal(response));
            if (next.isEmpty()) {
                break;
            }
            response.close();
            key = next;
            response = chain.proceed(withKey(request, key));
        }
        return response;
    }

    private static Request withKey(Request request, Optional<ApiKey> key) {
        Request.Builder builder = request.newBuilder().removeHeader(HEADER);
        key.ifPresent(k -> builder.header(HEADER, headerValue(k)).tag(SentKey.class, new SentKey(k)));
        return builder.build();
    }

    /**
     * Checked again here because OkHttp's own refusal quotes the whole header value in its message: ours names
     * the key by fingerprint and never chains OkHttp's exception.
     */
    private static String headerValue(ApiKey key) {
        KeyText.problemWith(key.secret()).ifPresent(problem -> {
            throw new IllegalStateException("the " + key + " cannot be sent as " + HEADER + ": it " + problem);
        });
        return key.secret();
    }

    private static AuthFailure refusal(Response response) throws IOException {
        Request sent = response.request();
        String body = response.peekBody(MESSAGE_BYTES).string();
        return ApiErrors.failure(SentKey.of(sent), ApiErrors.ErrorBody.read(
                okhttp3.ResponseBody.create(body, null), sent).message());
    }
}
