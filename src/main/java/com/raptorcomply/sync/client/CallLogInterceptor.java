package com.raptorcomply.sync.client;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One DEBUG line per HTTP exchange: method, path, status, duration and the key's fingerprint. No headers, no bodies. */
final class CallLogInterceptor implements Interceptor {

    private static final Logger log = LoggerFactory.getLogger(CallLogInterceptor.class);

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        long start = System.nanoTime();
        try {
            Response response = chain.proceed(request);
            log.debug("{} {} -> {} in {} ms ({})", request.method(), request.url().encodedPath(), response.code(),
                    millisSince(start), SentKey.label(request));
            return response;
        } catch (IOException e) {
            log.debug("{} {} failed after {} ms: {} ({})", request.method(), request.url().encodedPath(),
                    millisSince(start), e.toString(), SentKey.label(request));
            throw e;
        }
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
