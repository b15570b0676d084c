package com.raptorcomply.sync.metrics;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Pushgateway stand-in on a loopback port: records every push (method, path, body) and answers 200. */
final class StandInPushgateway implements AutoCloseable {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*(?:\\{[^}]*})?)\\s+(\\S+)$");

    private final HttpServer server;
    private final List<Push> pushes = new ArrayList<>();

    StandInPushgateway() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            synchronized (pushes) {
                pushes.add(new Push(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), body));
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Push> pushes() {
        synchronized (pushes) {
            return List.copyOf(pushes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** One push; {@link #samples()} reads its Prometheus text body: series (name and labels) to value. */
    record Push(String method, String path, String body) {

        Map<String, Double> samples() {
            Map<String, Double> samples = new LinkedHashMap<>();
            body.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).forEach(line -> {
                Matcher sample = SAMPLE.matcher(line);
                if (!sample.matches()) {
                    throw new AssertionError("not a Prometheus sample: " + line);
                }
                samples.put(sample.group(1), Double.parseDouble(sample.group(2)));
            });
            return samples;
        }
    }
}
