package com.raptorcomply.sync.client;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** logback.xml's {@code %redactedException}: a logged stack trace with every loaded key masked to its fingerprint. */
public final class RedactedThrowableConverter extends ThrowableProxyConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return KeyRedaction.redact(super.convert(event));
    }
}
