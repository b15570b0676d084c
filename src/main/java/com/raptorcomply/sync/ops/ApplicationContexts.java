package com.raptorcomply.sync.ops;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Starts a Spring context for a command, with the command's environment variables resolving the placeholders
 * of {@code application.properties}. A setting that fails validation becomes a configuration error (exit 2), one
 * line per wrong setting.
 */
final class ApplicationContexts {

    private ApplicationContexts() {
    }

    static ConfigurableApplicationContext start(Console console, Map<String, Object> overrides, Class<?>... sources) {
        return start(console, overrides, Optional.empty(), sources);
    }

    /** With {@code gate} (if any) holding the context's connections until the key preflight has passed. */
    static ConfigurableApplicationContext start(Console console, Map<String, Object> overrides,
            Optional<PreflightGate> gate, Class<?>... sources) {
        Map<String, Object> variables = new HashMap<>(console.env());
        try {
            // No Spring shutdown hook: the command closes its context itself, and a SIGTERM must first let the
            // running job stop cleanly (see Termination) while the database connections are still open.
            SpringApplicationBuilder application = new SpringApplicationBuilder(sources)
                    .registerShutdownHook(false)
                    .initializers(context -> {
                        var propertySources = context.getEnvironment().getPropertySources();
                        propertySources.addFirst(
                                new SystemEnvironmentPropertySource("console-systemEnvironment", variables));
                        propertySources.addFirst(new MapPropertySource("command-overrides", overrides));
                    });
            GeneratedContext.applyTo(application, sources);
            gate.ifPresent(preflight -> preflight.applyTo(application));
            return application.run();
        } catch (RuntimeException e) {
            throw translate(e, console);
        }
    }

    /** One line per wrong setting (exit 2); a warehouse that cannot be used said plainly (see DatabaseErrors). */
    private static RuntimeException translate(RuntimeException failure, Console console) {
        return SettingErrors.usage(failure).or(() -> DatabaseErrors.atStart(failure, console))
                .orElse(failure);
    }
}
