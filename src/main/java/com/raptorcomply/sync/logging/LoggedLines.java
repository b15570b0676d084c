package com.raptorcomply.sync.logging;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;

/**
 * The command line's error stream when logs are JSON: each line it prints (the cause of a failed run and what to
 * type next, a wrong setting) becomes an ERROR event, so that stderr stays one JSON object per line.
 */
final class LoggedLines extends OutputStream {

    private final Logger log;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    LoggedLines(Logger log) {
        this.log = log;
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            emit();
        } else if (b != '\r') {
            line.write(b);
        }
    }

    @Override
    public synchronized void close() {
        if (line.size() > 0) {
            emit();
        }
    }

    private void emit() {
        log.error("{}", line.toString(StandardCharsets.UTF_8));
        line.reset();
    }
}
