package com.raptorcomply.sync.client;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** logback.xml's {@code %redactedMessage}: the log message with every loaded key masked to its fingerprint. */
public final class RedactedMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return KeyRedaction.redact(super.convert(event));
    }
}
