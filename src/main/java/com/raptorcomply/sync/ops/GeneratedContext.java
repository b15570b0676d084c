package com.raptorcomply.sync.ops;

import com.raptorcomply.sync.RaptorComplySyncApplication;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aot.AotDetector;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.SpringProperties;

/**
 * The Spring context of every command but {@code schedule}, processed ahead of time. At build time
 * spring-boot-maven-plugin's {@code process-aot} runs {@link #main} and writes the context's bean definitions as
 * code ({@code GeneratedContext__ApplicationContextInitializer} and the classes it calls). A command started with
 * {@code -Dspring.aot.enabled=true}, as {@code bin/raptor-comply-sync} and the image start them, registers its beans
 * from that code instead of parsing the configuration classes and evaluating every auto-configuration's conditions
 * at each start: a third of a second of a sync's start here (README, "Benchmark").
 *
 * <p>Which beans exist is then decided at build time, from {@code application.properties}: a setting that would
 * choose beans differently at run time no longer does (no setting in {@code .env.example} chooses beans). A
 * context with beans of its own ({@code schedule}'s Quartz) is not the generated one: it turns the generated code
 * off for the rest of the process and starts as usual.
 */
public final class GeneratedContext {

    private static final Logger log = LoggerFactory.getLogger(GeneratedContext.class);

    private GeneratedContext() {
    }

    /** Build time only: {@code process-aot} intercepts this context before its refresh and generates its code. */
    public static void main(String[] args) {
        new SpringApplicationBuilder(RaptorComplySyncApplication.class).run(args);
    }

    /** Starts {@code application} from the generated code, if the process asks for it and the context is ours. */
    static void applyTo(SpringApplicationBuilder application, Class<?>... sources) {
        if (!AotDetector.useGeneratedArtifacts()) {
            return;
        }
        if (Arrays.equals(sources, new Class<?>[] {RaptorComplySyncApplication.class})) {
            // Spring Boot looks the generated initializer up by the name of the application's main class.
            application.main(GeneratedContext.class);
        } else {
            log.debug("A context with beans of its own: started without the code generated at build time");
            SpringProperties.setProperty(AotDetector.AOT_ENABLED, "false");
        }
    }
}
