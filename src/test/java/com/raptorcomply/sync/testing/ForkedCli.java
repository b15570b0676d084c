package com.raptorcomply.sync.testing;

import com.raptorcomply.sync.RaptorComplySyncApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The command line in a JVM of its own, started the way the image starts it (the application's main, its Spring
 * context from the code generated at build time), so that a test can send it SIGTERM or SIGKILL. Its stdout and
 * stderr go to one file the test reads afterwards.
 */
public final class ForkedCli {

    private final Process process;
    private final Path output;

    private ForkedCli(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** Starts {@code args} with {@code cli}'s environment, logging to {@code output}. */
    public static ForkedCli start(CliRunner cli, Path output, String... args) {
        return launch(cli, output, builder(args).redirectErrorStream(true).redirectOutput(output.toFile()));
    }

    /** As {@link #start(CliRunner, Path, String...)}, with stderr (the logs) in a file of its own. */
    public static ForkedCli start(CliRunner cli, Path output, Path errors, String... args) {
        return launch(cli, output, builder(args).redirectOutput(output.toFile()).redirectError(errors.toFile()));
    }

    /** As {@link #start(CliRunner, Path, String...)} with a heap limit of {@code maxHeap} (e.g. {@code 128m}). */
    public static ForkedCli startWithHeap(CliRunner cli, Path output, String maxHeap, String... args) {
        ProcessBuilder builder = builder(args);
        builder.command().replaceAll(option -> option.startsWith("-Xmx") ? "-Xmx" + maxHeap : option);
        return launch(cli, output, builder.redirectErrorStream(true).redirectOutput(output.toFile()));
    }

    private static ProcessBuilder builder(String... args) {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-Dspring.aot.enabled=true", "-cp", System.getProperty("java.class.path"),
                RaptorComplySyncApplication.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    private static ForkedCli launch(CliRunner cli, Path output, ProcessBuilder builder) {
        builder.environment().putAll(cli.env());
        try {
            return new ForkedCli(builder.start(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until {@code condition} holds, failing early with the output if the process ended first. */
    public void awaitWhileRunning(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new AssertionError("the process ended (exit " + process.exitValue() + ") before " + what
                        + ":\n" + output());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no " + what + " within " + timeout + ":\n" + output());
            }
            Thread.sleep(200);
        }
    }

    /** SIGTERM, as a CronJob deadline or a node drain sends it. */
    public void terminate() {
        process.destroy();
    }

    /** SIGKILL: the process dies without running anything. */
    public void kill() {
        process.destroyForcibly();
    }

    /** The exit code, failing the test with the output if the process does not end within {@code timeout}. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the process did not end within " + timeout + ":\n" + output());
        }
        return process.exitValue();
    }

    /** Everything it printed so far. */
    public String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
