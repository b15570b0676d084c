package com.raptorcomply.sync.metrics;

import io.prometheus.metrics.exporter.pushgateway.Format;
import io.prometheus.metrics.exporter.pushgateway.PushGateway;
import io.prometheus.metrics.exporter.pushgateway.Scheme;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes a registry to the Prometheus Pushgateway, job {@code raptor_comply_sync}, grouped by instance: the usual
 * way for a job that ends before Prometheus could scrape it. POST (pushAdd) replaces only the metrics pushed, so
 * what a failed run does not report (the last success time) stays. A gateway that cannot be reached is logged; it
 * never changes how the run ends.
 */
final class Pushgateway {

    static final String JOB = "raptor_comply_sync";
    private static final Logger log = LoggerFactory.getLogger(Pushgateway.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI url;
    private final String instance;

    private Pushgateway(URI url, String instance) {
        this.url = url;
        this.instance = instance;
    }

    static Optional<Pushgateway> of(MetricsSettings settings) {
        if (!settings.pushes()) {
            return Optional.empty();
        }
        String instance = settings.instance() == null || settings.instance().isBlank() ? hostName()
                : settings.instance().strip();
        return Optional.of(new Pushgateway(URI.create(settings.pushgatewayUrl().strip()), instance));
    }

    void push(PrometheusRegistry registry) {
        try {
            PushGateway.builder().scheme(Scheme.fromString(url.getScheme())).address(url.getRawAuthority())
                    .job(JOB).groupingKey("instance", instance).registry(registry).format(Format.PROMETHEUS_TEXT)
                    .connectionTimeout(TIMEOUT).readTimeout(TIMEOUT)
                    .build().pushAdd();
            log.info("Metrics pushed to {} (job {}, instance {})", url, JOB, instance);
        } catch (IOException | RuntimeException e) {
            log.warn("Metrics could not be pushed to {}: {}", url, e.getMessage());
        }
    }

    private static String hostName() {
        String host = System.getenv("HOSTNAME");
        if (host != null && !host.isBlank()) {
            return host;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
