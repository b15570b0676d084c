package com.raptorcomply.sync.ops;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Lets a run's Spring context start while its key preflight runs ({@link KeyCheck}), and holds every warehouse
 * connection until the preflight has passed: Flyway, Spring Batch and everything after them wait at their first
 * {@code getConnection()}, and a preflight that fails fails them with its own exception, before any connection is
 * opened.
 *
 * <p>The preflight starts once Spring Boot has set up logging (the environment is prepared), so that the lines it logs
 * (a stale secondary key, a failover to it) cannot fall into the moment Boot resets the logging system.
 */
final class PreflightGate implements BeanPostProcessor, ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private final KeyCheck keyCheck;

    PreflightGate(KeyCheck keyCheck) {
        this.keyCheck = keyCheck;
    }

    /** Waits for the preflight: before what the gate cannot hold back (starting an embedded PostgreSQL). */
    void await() {
        keyCheck.await();
    }

    void applyTo(SpringApplicationBuilder application) {
        application.listeners(this).initializers(context -> context.getBeanFactory().addBeanPostProcessor(this));
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        keyCheck.start();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof GatedDataSource)
                ? new GatedDataSource(dataSource, keyCheck) : bean;
    }

    /** A data source whose connections wait for the preflight; closing it closes the pool it wraps. */
    static final class GatedDataSource extends DelegatingDataSource implements AutoCloseable {

        private final KeyCheck keyCheck;

        GatedDataSource(DataSource target, KeyCheck keyCheck) {
            super(target);
            this.keyCheck = keyCheck;
        }

        @Override
        public Connection getConnection() throws SQLException {
            keyCheck.await();
            return super.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            keyCheck.await();
            return super.getConnection(username, password);
        }

        @Override
        public void close() throws Exception {
            if (obtainTargetDataSource() instanceof AutoCloseable pool) {
                pool.close();
            }
        }
    }
}
