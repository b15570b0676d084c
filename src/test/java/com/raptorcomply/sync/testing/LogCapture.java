package com.raptorcomply.sync.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Captures every log event of the JVM, down to TRACE, until closed: for tests that must find a secret nowhere.
 * Levels set by logback.xml for our packages are lowered too, and restored afterwards.
 */
public final class LogCapture implements AutoCloseable {

    private static final List<String> LOUD_LOGGERS = List.of(Logger.ROOT_LOGGER_NAME, "com.raptorcomply.sync");

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
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
        appender.start();
        root.addAppender(appender);
    }

    /** Every captured line: level, logger, formatted message and any stack trace text. */
    public List<String> lines() {
        return List.copyOf(appender.list).stream().map(LogCapture::render).toList();
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
        previousLevels.forEach(Logger::setLevel);
    }
}
