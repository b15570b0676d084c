package com.raptorcomply.sync.ops;

import com.raptorcomply.sync.push.PushReport;
import com.raptorcomply.sync.run.RunHistory;
import com.raptorcomply.sync.schedule.ScheduleStateQuery;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * {@code status} without a Spring context: the beans it reads, built by hand over one JDBC connection to the
 * configured warehouse. Only when Flyway would have nothing to do and Spring Batch's tables exist, so that the
 * context's start (Flyway, Batch's DDL, Hikari; about two seconds) changes nothing; otherwise empty, and the
 * caller starts the context as before. A warehouse that cannot be reached fails here with the line the context
 * gives (see {@link DatabaseErrors#atStart}).
 */
final class DirectWarehouse {

    private static final Logger log = LoggerFactory.getLogger(DirectWarehouse.class);
    /** Hikari's default, which the context's pool uses unless {@code SPRING_DATASOURCE_HIKARI_CONNECTION_TIMEOUT}. */
    private static final long DEFAULT_CONNECTION_TIMEOUT_MILLIS = 30_000;

    private DirectWarehouse() {
    }

    static Optional<StatusSources> open(Console console) {
        if (console.variable("SPRING_DATASOURCE_URL").isEmpty()) {
            return Optional.empty();
        }
        Warehouse.requireValidUrl(console);
        CommandSettings settings = CommandSettings.of(console);
        MigrationLevel level = new MigrationLevel(settings);
        Optional<MigrationVersion> shipped = level.shipped();
        Optional<String> scheduler = settings.setting("spring.quartz.scheduler-name");
        Optional<Long> timeoutMillis = connectionTimeoutMillis(settings);
        if (shipped.isEmpty() || scheduler.isEmpty() || timeoutMillis.isEmpty()) {
            log.debug("status: starting the application (no migration version, scheduler name or timeout to go by)");
            return Optional.empty();
        }
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
                connect(console, settings, timeoutMillis.get()), true);
        if (!current(dataSource, level, shipped.get(), settings)) {
            dataSource.destroy();
            return Optional.empty();
        }
        log.debug("status: reading the warehouse directly (schema at migration {} or later)", shipped.get());
        try {
            return Optional.of(new StatusSources(RunHistory.over(dataSource, jobRepository(dataSource, settings)),
                    PushReport.over(dataSource), ScheduleStateQuery.over(dataSource, scheduler.get()),
                    dataSource::destroy, true));
        } catch (RuntimeException e) {
            dataSource.destroy();
            throw e;
        }
    }

    /**
     * Connects as the context's pool would: URL, the user and password when set, and the pool's connection
     * timeout as the login timeout (a server that accepts but never answers must not hang {@code status}).
     */
    private static Connection connect(Console console, CommandSettings settings, long timeoutMillis) {
        Properties properties = new Properties();
        properties.setProperty("loginTimeout", Long.toString(Math.max(1, timeoutMillis / 1000)));
        settings.setting("spring.datasource.username").ifPresent(user -> properties.setProperty("user", user));
        settings.setting("spring.datasource.password").ifPresent(password -> properties.setProperty("password", password));
        try {
            return DriverManager.getConnection(settings.setting("spring.datasource.url").orElseThrow(), properties);
        } catch (SQLException e) {
            throw DatabaseErrors.atStart(e, console).orElseThrow();
        }
    }

    /** The pool's connection timeout; empty when it is no number of milliseconds (the context then says so). */
    private static Optional<Long> connectionTimeoutMillis(CommandSettings settings) {
        Optional<String> configured = settings.setting("spring.datasource.hikari.connection-timeout").map(String::strip);
        if (configured.isEmpty()) {
            return Optional.of(DEFAULT_CONNECTION_TIMEOUT_MILLIS);
        }
        return configured.filter(value -> value.matches("\\d{1,12}")).map(Long::parseLong);
    }

    /** Migrated to this build's newest migration, with Batch's tables; a probe that fails leaves it to Flyway. */
    private static boolean current(SingleConnectionDataSource dataSource, MigrationLevel level,
            MigrationVersion shipped, CommandSettings settings) {
        try {
            boolean current = level.reached(dataSource.getConnection(), shipped)
                    && BatchTables.find(JdbcClient.create(dataSource), tablePrefix(settings)).present();
            if (!current) {
                log.debug("status: starting the application (the warehouse is not at migration {})", shipped);
            }
            return current;
        } catch (SQLException | DataAccessException | NumberFormatException e) {
            log.debug("status: starting the application (cannot read the migration level: {})", e.getMessage());
            return false;
        }
    }

    private static JobRepository jobRepository(SingleConnectionDataSource dataSource, CommandSettings settings) {
        JdbcJobRepositoryFactoryBean factory = new JdbcJobRepositoryFactoryBean();
        factory.setDataSource(dataSource);
        factory.setTransactionManager(new JdbcTransactionManager(dataSource));
        factory.setTablePrefix(tablePrefix(settings));
        try {
            factory.afterPropertiesSet();
            return factory.getObject();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read Spring Batch's tables: " + e.getMessage(), e);
        }
    }

    private static String tablePrefix(CommandSettings settings) {
        return settings.setting("spring.batch.jdbc.table-prefix").orElse(BatchTables.DEFAULT_PREFIX);
    }
}
