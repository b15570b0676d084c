package com.raptorcomply.sync.client;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import retrofit2.Retrofit;

/** Builds the Raptor Comply client: OkHttp 5 with the key and log interceptors, Retrofit, one retry layer. */
public final class RaptorComplyClients {

    private RaptorComplyClients() {
    }

    public static RaptorComplyClient create(ClientSettings settings, ApiKeySource keys) {
        return create(settings, keys, Metrics.globalRegistry);
    }

    /** As {@link #create(ClientSettings, ApiKeySource)}, counting retries and rate-limit waits in {@code meters}. */
    public static RaptorComplyClient create(ClientSettings settings, ApiKeySource keys, MeterRegistry meters) {
        return create(settings, keys, RetryPolicy.of(settings.retry()), meters);
    }

    static RaptorComplyClient create(ClientSettings settings, ApiKeySource keys, RetryPolicy retryPolicy) {
        return create(settings, keys, retryPolicy, Metrics.globalRegistry);
    }

    private static RaptorComplyClient create(ClientSettings settings, ApiKeySource keys, RetryPolicy retryPolicy,
            MeterRegistry meters) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(keys, "keys");
        RaptorComplyApi api = new Retrofit.Builder()
                .baseUrl(baseUrl(settings))
                .client(httpClient(settings, keys))
                .build()
                .create(RaptorComplyApi.class);
        return new HttpRaptorComplyClient(api, new CallExecutor(retryPolicy, settings.callTimeout(), meters),
                new DialectResolver(settings.dialect().forced()), settings.list());
    }

    /**
     * No client-wide call timeout: {@link CallExecutor} sets one per call, a list's from its deadline. OkHttp's own
     * silent retry is off so {@link CallExecutor} stays the only retry layer and a POST is never sent twice. The read
     * timeout is the sockets' ({@link ReadTimeoutSockets}), over HTTP/1.1: a list is one long answer read in order,
     * and the push's few concurrent calls each have a connection of their own.
     */
    static OkHttpClient httpClient(ClientSettings settings, ApiKeySource keys) {
        return new OkHttpClient.Builder()
                .protocols(List.of(Protocol.HTTP_1_1))
                .socketFactory(new ReadTimeoutSockets(settings.readTimeout()))
                .connectTimeout(settings.connectTimeout())
                .readTimeout(Duration.ZERO)
                .writeTimeout(settings.readTimeout())
                .retryOnConnectionFailure(false)
                .addInterceptor(new ApiKeyInterceptor(keys))
                .addInterceptor(new CallLogInterceptor())
                .build();
    }

    private static HttpUrl baseUrl(ClientSettings settings) {
        String url = settings.baseUrl().toString();
        return HttpUrl.get(url.endsWith("/") ? url : url + "/");
    }
}
