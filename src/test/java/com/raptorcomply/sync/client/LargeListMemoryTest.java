package com.raptorcomply.sync.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.bench.ListReadProbe;
import com.raptorcomply.sync.simulator.KeyState;
import com.raptorcomply.sync.simulator.RaptorComplySimulator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A list of 100,000 cyber assets is read by the client in a JVM limited to 128 MB of heap. */
class LargeListMemoryTest {

    private static final String KEY = "rc_live_large_list_memory_0100";

    @Test
    void oneHundredThousandAssetsFitIn128MegabytesOfHeap() throws Exception {
        try (var simulator = RaptorComplySimulator.builder().seed(3).facilities(20).controlCenters(5)
                .cyberSystems(500).cyberAssets(100_000).dialect(Dialect.OPENAPI).key(KEY, KeyState.ACTIVE)
                .build().start(0)) {
            Process probe = new ProcessBuilder(List.of(javaExecutable(), "-Xmx128m", "-cp",
                    System.getProperty("java.class.path"), ListReadProbe.class.getName(), simulator.baseUrl(), KEY))
                    .redirectErrorStream(true).start();
            boolean finished = probe.waitFor(120, TimeUnit.SECONDS);
            String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(finished).as(output).isTrue();
            assertThat(probe.exitValue()).as(output).isZero();
            var figures = Pattern.compile("elements=(\\d+) .* max_heap_mb=(\\d+)").matcher(output);
            assertThat(figures.find()).as(output).isTrue();
            assertThat(Long.parseLong(figures.group(1))).as("every element read, no OutOfMemoryError").isEqualTo(100_000);
            assertThat(Double.parseDouble(figures.group(2))).as("the heap limit was in force").isLessThanOrEqualTo(128);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
