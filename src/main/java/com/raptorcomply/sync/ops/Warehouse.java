package com.raptorcomply.sync.ops;

import com.raptorcomply.sync.RaptorComplySyncApplication;
import com.raptorcomply.sync.warehouse.EmbeddedPostgresServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postgresql.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application context of a command that needs the warehouse: the configured PostgreSQL, or an embedded
 * one under {@code RCSYNC_DATA_DIR} when {@code SPRING_DATASOURCE_URL} is unset. Flyway migrates on start.
 */
final class Warehouse implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Warehouse.class);

    private final EmbeddedPostgresServer embedded;
    private final ConfigurableApplicationContext context;

    private Warehouse(EmbeddedPostgresServer embedded, ConfigurableApplicationContext context) {
        this.embedded = embedded;
        this.context = context;
    }

    static Warehouse open(Console console) {
        return open(console, Map.of());
    }

    /** With {@code settings} over application.properties and {@code sources} added: a command's own beans. */
    static Warehouse open(Console console, Map<String, Object> settings, Class<?>... sources) {
        return open(console, settings, Optional.empty(), sources);
    }

    /**
     * For a run: its context starts while {@code keyCheck} probes the keys, and opens no connection (nor starts an
     * embedded PostgreSQL) before the preflight has passed. A failed preflight is rethrown, before any failure of the
     * context it held back.
     */
    static Warehouse openAfter(KeyCheck keyCheck, Console console) {
        try {
            return open(console, Map.of(), Optional.of(new PreflightGate(keyCheck)));
        } catch (RuntimeException e) {
            keyCheck.await();
            throw e;
        }
    }

    private static Warehouse open(Console console, Map<String, Object> settings, Optional<PreflightGate> gate,
            Class<?>... sources) {
        requireValidUrl(console);
        boolean external = console.variable("SPRING_DATASOURCE_URL").isPresent();
        if (!external) {
            gate.ifPresent(PreflightGate::await);
        }
        EmbeddedPostgresServer embedded = external ? null : startEmbedded(console);
        try {
            Warehouse warehouse = new Warehouse(embedded, startContext(console, embedded, settings, gate, sources));
            BatchTables.require(warehouse.context, DatabaseErrors.user(console));
            return warehouse;
        } catch (RuntimeException e) {
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        }
    }

    /**
     * A set {@code SPRING_DATASOURCE_URL} must be a PostgreSQL JDBC URL; said before anything starts. Only its
     * scheme is repeated: the rest may carry a password.
     */
    static void requireValidUrl(Console console) {
        console.variable("SPRING_DATASOURCE_URL").ifPresent(url -> {
            if (!url.startsWith("jdbc:postgresql:") || Driver.parseURL(url, null) == null) {
                String scheme = url.replaceFirst("^([A-Za-z0-9:+.-]{0,40}).*$", "$1");
                throw new UsageException("SPRING_DATASOURCE_URL must be a PostgreSQL JDBC URL such as"
                        + " jdbc:postgresql://host:5432/database, not one starting '" + scheme + "'");
            }
        });
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    boolean containsBean(String name) {
        return context.containsBean(name);
    }

    /** The JDBC URL analysts and {@code psql} use (the embedded one when no URL is configured). */
    String jdbcUrl() {
        return context.getEnvironment().getProperty("spring.datasource.url");
    }

    /** A {@code psql} connection string for the embedded database; the JDBC URL otherwise. */
    String psqlUrl() {
        String url = jdbcUrl().replaceFirst("^jdbc:", "");
        return embedded == null ? url : url.replaceFirst("//", "//" + embedded.username() + "@");
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    private static EmbeddedPostgresServer startEmbedded(Console console) {
        Path dataDir = Path.of(console.variable("RCSYNC_DATA_DIR").orElse("./.rcsync")).toAbsolutePath().normalize();
        log.warn("SPRING_DATASOURCE_URL is not set: using an embedded PostgreSQL with its files under {}", dataDir);
        return EmbeddedPostgresServer.start(dataDir.resolve("postgres"));
    }

    private static ConfigurableApplicationContext startContext(Console console, EmbeddedPostgresServer embedded,
            Map<String, Object> settings, Optional<PreflightGate> gate, Class<?>... sources) {
        Map<String, Object> datasource = new HashMap<>(settings);
        if (embedded != null) {
            datasource.put("spring.datasource.url", embedded.jdbcUrl());
            datasource.put("spring.datasource.username", embedded.username());
            datasource.put("spring.datasource.password", embedded.password());
        }
        List<Class<?>> all = new ArrayList<>(List.of(RaptorComplySyncApplication.class));
        all.addAll(List.of(sources));
        return ApplicationContexts.start(console, datasource, gate, all.toArray(Class<?>[]::new));
    }
}
