package com.raptorcomply.sync.deploy;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Optional command-line checkers (a linter, kubectl): the tests that use them are skipped where they are absent. */
final class Tools {

    record Outcome(int exitCode, String output) {
    }

    private Tools() {
    }

    static Optional<Path> onPath(String program) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty()).map(dir -> Path.of(dir, program)).filter(Files::isExecutable).findFirst();
    }

    /** Runs {@code program arguments...} (stderr merged into the output), failing after a minute. */
    static Outcome run(Path program, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(program.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish within a minute");
        }
        return new Outcome(process.exitValue(), output);
    }
}
