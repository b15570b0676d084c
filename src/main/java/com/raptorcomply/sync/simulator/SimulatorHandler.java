package com.raptorcomply.sync.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Every request: delay, authenticate, inject faults, route; then log it with the key's fingerprint. */
final class SimulatorHandler implements HttpHandler {

    private final SimulatorKeys keys;
    private final SimulatorFaults faults;
    private final Endpoints endpoints;
    private final ObjectMapper mapper;
    private static final org.slf4j.Logger failure = org.slf4j.LoggerFactory.getLogger(SimulatorHandler.class);

    private final List<SimulatorRequest> log;

    SimulatorHandler(SimulatorKeys keys, SimulatorFaults faults, Endpoints endpoints, ObjectMapper mapper,
                     List<SimulatorRequest> log) {
        this.keys = keys;
        this.faults = faults;
        this.endpoints = endpoints;
        this.mapper = mapper;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange http) throws IOException {
        String method = http.getRequestMethod();
        String path = http.getRequestURI().getPath();
        String key = http.getRequestHeaders().getFirst("X-API-Key");
        String body = bufferedBody(http, method);
        SimExchange exchange = new SimExchange(http, mapper,
                status -> log.add(new SimulatorRequest(method, path, SimulatorKeys.fingerprint(key), status, body)));
        try {
            pause(faults.delayFor(method, path));
            faults.runActions(method, path);
            authenticate(key);
            injectFaults(method, path);
            if (faults.takeHtmlInsteadOfJson(method, path)) {
                exchange.sendHtml("<html><body><h1>Service temporarily unavailable</h1></body></html>");
                return;
            }
            endpoints.serve(method, path, exchange);
        } catch (ApiError error) {
            exchange.sendError(error);
        } catch (RuntimeException bug) {
            failure.error("Simulator failure on {} {}", method, path, bug);
            if (exchange.answered()) {
                http.close();
            } else {
                exchange.sendError(new ApiError(500, "Simulator failure: " + bug, null));
            }
        } finally {
            if (!exchange.answered()) {
                log.add(new SimulatorRequest(method, path, SimulatorKeys.fingerprint(key), 0, body));
            }
        }
    }

    /** The body of a POST or PATCH, read once for the request log and handed on to the endpoint unchanged. */
    private static String bufferedBody(HttpExchange http, String method) throws IOException {
        if (!method.equals("POST") && !method.equals("PATCH")) {
            return null;
        }
        byte[] bytes = http.getRequestBody().readAllBytes();
        http.setStreams(new java.io.ByteArrayInputStream(bytes), null);
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    private void authenticate(String key) {
        if (key == null || key.isBlank()) {
            throw ApiError.unauthorized("Missing X-API-Key header");
        }
        switch (keys.stateOf(key)) {
            case EXPIRED -> throw ApiError.unauthorized("API key has expired");
            case REVOKED -> throw ApiError.unauthorized("Invalid API key");
            case ACTIVE -> { }
        }
    }

    private void injectFaults(String method, String path) {
        Optional<SimulatorFaults.RateLimit> limit = faults.rateLimited();
        if (limit.isPresent()) {
            ApiError tooMany = ApiError.status(429);
            Integer retryAfter = limit.get().retryAfterSeconds();
            throw retryAfter == null ? tooMany : tooMany.header("Retry-After", String.valueOf(retryAfter));
        }
        Optional<Integer> burst = faults.burstStatus(method, path);
        if (burst.isPresent()) {
            throw ApiError.status(burst.get());
        }
    }

    private static void pause(Duration delay) throws IOException {
        if (delay.isZero() || delay.isNegative()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("simulator stopping");
        }
    }
}
