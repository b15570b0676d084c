package com.raptorcomply.sync.logging;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.EncoderBase;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * logback.xml's encoder: readable lines ({@code text}, the pattern given) or one JSON object per line
 * ({@code json}, see {@link JsonLogFormatter}), chosen by {@code RCSYNC_LOG_FORMAT}. Both mask every loaded key.
 * The command line refuses any other value before it runs anything ({@link LogFormat#check}); should one reach
 * this far anyway, lines stay readable text.
 */
public final class LogEncoder extends EncoderBase<ILoggingEvent> {

    private String format = LogFormat.TEXT;
    private String pattern;
    private PatternLayoutEncoder text;
    private JsonLogFormatter json;
    private ThrowableProxyConverter stackTraces;

    public void setFormat(String format) {
        this.format = format == null ? LogFormat.TEXT : format.strip().toLowerCase(Locale.ROOT);
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    @Override
    public void start() {
        if (LogFormat.JSON.equals(format)) {
            stackTraces = new ThrowableProxyConverter();
            stackTraces.setContext(getContext());
            stackTraces.start();
            json = new JsonLogFormatter(stackTraces);
        } else {
            text = new PatternLayoutEncoder();
            text.setContext(getContext());
            text.setPattern(pattern);
            text.setCharset(StandardCharsets.UTF_8);
            text.start();
        }
        super.start();
    }

    @Override
    public void stop() {
        if (text != null) {
            text.stop();
        }
        if (stackTraces != null) {
            stackTraces.stop();
        }
        super.stop();
    }

    @Override
    public byte[] headerBytes() {
        return null;
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        return json != null ? json.formatAsBytes(event, StandardCharsets.UTF_8) : text.encode(event);
    }

    @Override
    public byte[] footerBytes() {
        return null;
    }
}
