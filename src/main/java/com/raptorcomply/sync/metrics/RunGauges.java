package com.raptorcomply.sync.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Gauges that hold the last run's values: set, never summed, so a process that runs many syncs (the schedule)
 * pushes what its latest run did. Holds the values strongly (Micrometer's gauges only keep a weak reference).
 */
final class RunGauges {

    private final MeterRegistry registry;
    private final Map<String, AtomicReference<Double>> values = new ConcurrentHashMap<>();

    RunGauges(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Sets gauge {@code name} with the tags given as key, value, key, value... */
    void set(String name, double value, String... tags) {
        Tags tagged = Tags.of(tags);
        values.computeIfAbsent(name + tagged, key -> registry.gauge(name, tagged, new AtomicReference<>(0.0),
                AtomicReference::get)).set(value);
    }
}
