package com.raptorcomply.sync.simulator;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.raptorcomply.sync.client.Dialect;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-process Raptor Comply API on 127.0.0.1: a deterministic, lazily generated organization in either
 * dialect, real create/update/delete of cyber assets, keys that can expire or be revoked, injectable faults.
 */
public final class RaptorComplySimulator implements AutoCloseable {

    private static final byte[] LOOPBACK = {127, 0, 0, 1};

    static {
        // The JDK server writes an answer's headers and body as two segments; with Nagle's algorithm on, the body
        // waits for the client's delayed ACK of the headers (40 ms on Linux), which made every small answer take
        // 40 ms more than any real API would. Read once, when the first server of the JVM is made.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final DataSet data;
    private final SimulatorKeys keys;
    private final SimulatorStore store;
    private final SimulatorFaults faults = new SimulatorFaults();
    private final List<SimulatorRequest> requests = Collections.synchronizedList(new ArrayList<>());
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private HttpServer server;
    private ExecutorService executor;
    private HttpContext context;
    private ArrivalLog arrivals;

    RaptorComplySimulator(DataSet data, SimulatorKeys keys) {
        this.data = data;
        this.keys = keys;
        this.store = new SimulatorStore(data);
    }

    public static RaptorComplySimulatorBuilder builder() {
        return new RaptorComplySimulatorBuilder();
    }

    /** Starts serving on {@code port} of 127.0.0.1; 0 picks a free port. */
    public synchronized RaptorComplySimulator start(int port) {
        if (server != null) {
            throw new IllegalStateException("the simulator is already running on " + baseUrl());
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(LOOPBACK), port), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
        }
        executor = Executors.newCachedThreadPool(daemonThreads());
        Endpoints endpoints = new Endpoints(data, store, faults, mapper);
        context = server.createContext("/", new SimulatorHandler(keys, faults, endpoints, mapper, requests));
        server.setExecutor(executor);
        server.start();
        return this;
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("the simulator is not running");
        }
        return server.getAddress().getPort();
    }

    public Dialect dialect() {
        return data.dialect();
    }

    public SimulatorKeys keys() {
        return keys;
    }

    public SimulatorStore store() {
        return store;
    }

    public SimulatorFaults faults() {
        return faults;
    }

    /** The requests received so far, oldest first: a snapshot. */
    public List<SimulatorRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** From now on, appends {@code EPOCH_MILLIS METHOD PATH} to {@code file} as each request arrives. */
    public synchronized void logArrivalsTo(Path file) {
        if (context == null || arrivals != null) {
            throw new IllegalStateException("log arrivals once, after start");
        }
        arrivals = new ArrivalLog(file);
        context.getFilters().add(arrivals);
    }

    public void clearRequests() {
        requests.clear();
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
            context = null;
            if (arrivals != null) {
                arrivals.close();
                arrivals = null;
            }
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger number = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "raptor-comply-simulator-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
