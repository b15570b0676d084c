package com.raptorcomply.sync.client;

import java.io.IOException;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds {@code X-API-Key} to every request: the key tagged on the request (a probe), else the source's current key,
 * asked anew each time because the rotation code may switch it mid-run.
 */
final class ApiKeyInterceptor implements Interceptor {

    static final String HEADER = "X-API-Key";

    private final ApiKeySource keys;

    ApiKeyInterceptor(ApiKeySource keys) {
        this.keys = keys;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Optional<ApiKey> key = Optional.ofNullable(request.tag(ApiKey.class)).or(keys::current);
        Request.Builder builder = request.newBuilder().removeHeader(HEADER);
        key.ifPresent(k -> builder.header(HEADER, k.secret()).tag(SentKey.class, new SentKey(k)));
        return chain.proceed(builder.build());
    }
}
