package com.raptorcomply.sync.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.raptorcomply.sync.client.KeyRedaction;
import java.time.Instant;
import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLogFormatter;

/**
 * One JSON object per line in Elastic Common Schema field names (what Spring Boot's {@code ecs} structured logging
 * writes), with message, error message and stack trace passed through the key redaction: a loaded API key shows
 * as its fingerprint here as on the terminal. Boot's own encoder needs the Spring Environment in the logger
 * context, which our logback.xml does not have while the command line starts, hence this formatter.
 */
final class JsonLogFormatter implements StructuredLogFormatter<ILoggingEvent> {

    private static final String ECS_VERSION = "8.11";
    private static final long PID = ProcessHandle.current().pid();

    private final ThrowableProxyConverter stackTraces;
    private final JsonWriter<ILoggingEvent> writer;

    JsonLogFormatter(ThrowableProxyConverter stackTraces) {
        this.stackTraces = stackTraces;
        this.writer = JsonWriter.<ILoggingEvent>of(members -> {
            members.add("@timestamp", event -> Instant.ofEpochMilli(event.getTimeStamp()).toString());
            members.add("log.level", event -> event.getLevel().toString());
            members.add("process.pid", event -> PID);
            members.add("process.thread.name", ILoggingEvent::getThreadName);
            members.add("log.logger", ILoggingEvent::getLoggerName);
            members.add("message", event -> KeyRedaction.redact(event.getFormattedMessage()));
            members.add("error", event -> event).when(event -> event.getThrowableProxy() != null)
                    .usingMembers(error -> {
                        error.add("type", event -> event.getThrowableProxy().getClassName());
                        error.add("message", event -> KeyRedaction.redact(event.getThrowableProxy().getMessage()))
                                .whenNotNull();
                        error.add("stack_trace", event -> KeyRedaction.redact(stackTraces.convert(event)));
                    });
            members.add("ecs.version", event -> ECS_VERSION);
        }).withNewLineAtEnd();
    }

    @Override
    public String format(ILoggingEvent event) {
        return writer.writeToString(event);
    }
}
