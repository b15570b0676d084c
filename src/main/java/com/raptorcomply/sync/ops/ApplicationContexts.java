package com.raptorcomply.sync.ops;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Starts a Spring context for a command, with the command's environment variables resolving the placeholders
 * of {@code application.properties}. A setting that fails validation becomes a configuration error (exit 2).
 */
final class ApplicationContexts {

    private ApplicationContexts() {
    }

    static ConfigurableApplicationContext start(Console console, Map<String, Object> overrides, Class<?>... sources) {
        Map<String, Object> variables = new HashMap<>(console.env());
        try {
            // No Spring shutdown hook: the command closes its context itself, and a SIGTERM must first let the
            // running job stop cleanly (see run.GracefulStop) while the database connections are still open.
            return new SpringApplicationBuilder(sources)
                    .registerShutdownHook(false)
                    .initializers(context -> {
                        var propertySources = context.getEnvironment().getPropertySources();
                        propertySources.addFirst(
                                new SystemEnvironmentPropertySource("console-systemEnvironment", variables));
                        propertySources.addFirst(new MapPropertySource("command-overrides", overrides));
                    })
                    .run();
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    private static RuntimeException translate(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException bind) {
                return new UsageException("invalid setting " + bind.getName() + " (see .env.example): "
                        + rootMessage(bind), failure);
            }
            if (cause instanceof SQLException database) {
                return new IllegalStateException("cannot use the warehouse (SPRING_DATASOURCE_URL): "
                        + database.getMessage(), failure);
            }
        }
        return failure;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
