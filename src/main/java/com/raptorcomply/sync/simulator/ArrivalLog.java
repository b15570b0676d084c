package com.raptorcomply.sync.simulator;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One line per request as it arrives, before any delay or fault: {@code EPOCH_MILLIS METHOD PATH}. The benchmark
 * reads it to time a process's start to its first API request from outside the process; nothing else is written,
 * so no key can end up in the file.
 */
final class ArrivalLog extends Filter implements AutoCloseable {

    private final PrintWriter out;

    ArrivalLog(Path file) {
        try {
            out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the request log " + file, e);
        }
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        long arrived = System.currentTimeMillis();
        synchronized (out) {
            // flushed per line: the benchmark reads the file while the simulator keeps running
            out.println(arrived + " " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            out.flush();
        }
        chain.doFilter(exchange);
    }

    @Override
    public String description() {
        return "arrival time of every request";
    }

    @Override
    public void close() {
        synchronized (out) {
            out.close();
        }
    }
}
