package com.raptorcomply.sync.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** GETs a list's body as bytes over one HTTP/1.1 connection, with the API key header and nothing else. */
final class ListDownload {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String baseUrl;
    private final String key;

    ListDownload(String baseUrl, String key) {
        this.baseUrl = baseUrl;
        this.key = key;
    }

    /** The body of {@code GET path}, to be read and closed by the caller; anything but 200 is an error. */
    InputStream open(String path) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("X-API-Key", key).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                response.body().close();
                throw new IllegalStateException("GET " + baseUrl + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + baseUrl + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during GET " + path, e);
        }
    }

    /** Reads the whole body of {@code GET path} and throws it away: the bytes' count. */
    long discard(String path) {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        try (InputStream body = open(path)) {
            for (int read; (read = body.read(buffer)) >= 0; ) {
                total += read;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading GET " + path + " failed after " + total + " bytes", e);
        }
        return total;
    }
}
