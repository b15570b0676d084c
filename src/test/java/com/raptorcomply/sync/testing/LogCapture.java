package com.raptorcomply.sync.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Captures every log event of the JVM, down to TRACE, until closed: for tests that must find a secret nowhere.
 * Levels set by logback.xml for our packages are lowered too, and restored afterwards. Background threads (the
 * simulator, OkHttp, Spring Batch) keep logging while a test reads, so every read is a snapshot taken under the
 * same lock the appender writes with (logback's ListAppender is not thread-safe).
 */
public final class LogCapture implements AutoCloseable {

    private static final List<String> LOUD_LOGGERS = List.of(Logger.ROOT_LOGGER_NAME, "com.raptorcomply.sync");

    private final SnapshotAppender appender = new SnapshotAppender();
    private final Map<Logger, Level> previousLevels = new HashMap<>();
    private final Logger root;

    public LogCapture() {
        var context = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        for (String name : LOUD_LOGGERS) {
            Logger logger = context.getLogger(name);
            previousLevels.put(logger, logger.getLevel());
            logger.setLevel(Level.TRACE);
        }
        appender.setContext(context);
        appender.start();
        root.addAppender(appender);
    }

    /** Every line captured so far (a snapshot): level, formatted message and any exception messages. */
    public List<String> lines() {
        return appender.snapshot().stream().map(LogCapture::render).toList();
    }

    /** The lines captured after the first {@code skip} ones, from one snapshot. */
    public List<String> linesAfter(int skip) {
        List<String> all = lines();
        return all.subList(Math.min(skip, all.size()), all.size());
    }

    private static String render(ILoggingEvent event) {
        StringBuilder line = new StringBuilder().append('[').append(event.getLevel()).append("] ")
                .append(event.getFormattedMessage());
        for (var thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
            line.append(" | ").append(thrown.getClassName()).append(": ").append(thrown.getMessage());
        }
        return line.toString();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
        previousLevels.forEach(Logger::setLevel);
    }

    /** Appends and copies under one lock; the message is formatted on the logging thread, while its args are live. */
    private static final class SnapshotAppender extends AppenderBase<ILoggingEvent> {

        private final List<ILoggingEvent> events = new ArrayList<>();

        @Override
        protected void append(ILoggingEvent event) {
            event.prepareForDeferredProcessing();
            synchronized (events) {
                events.add(event);
            }
        }

        List<ILoggingEvent> snapshot() {
            synchronized (events) {
                return List.copyOf(events);
            }
        }
    }
}
