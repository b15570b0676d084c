package com.raptorcomply.sync.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The write dialect: the configured one, else detected from the first record that shows it, else sampled. */
final class DialectResolver implements StreamingRecordCursor.Observer {

    private static final Logger log = LoggerFactory.getLogger(DialectResolver.class);

    private final Dialect forced;
    private final AtomicReference<Dialect> detected = new AtomicReference<>();
    private Runnable sampler = () -> { };

    DialectResolver(Dialect forced) {
        this.forced = forced;
    }

    /** What to do when nothing was read yet: read a few records, which {@link #observe} then sees. */
    void sampleWith(Runnable sampler) {
        this.sampler = sampler;
    }

    @Override
    public boolean needsElements() {
        return forced == null && detected.get() == null;
    }

    @Override
    public void observe(JsonNode record) {
        if (needsElements()) {
            DialectDetector.detect(record).ifPresent(dialect -> {
                if (detected.compareAndSet(null, dialect)) {
                    log.info("Raptor Comply speaks the {} dialect (detected from the fields it returned)", dialect);
                }
            });
        }
    }

    Optional<Dialect> detected() {
        return Optional.ofNullable(detected.get());
    }

    Dialect current() {
        if (forced != null) {
            return forced;
        }
        if (detected.get() == null) {
            sampler.run();
        }
        Dialect dialect = detected.get();
        if (dialect == null) {
            log.info("No record shows the Raptor Comply dialect (empty tenant?): writing in the OPENAPI dialect");
            return Dialect.OPENAPI;
        }
        return dialect;
    }
}
