package com.raptorcomply.sync.testing;

import com.raptorcomply.sync.ops.Cli;
import com.raptorcomply.sync.ops.Console;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Runs the real command line with a given environment and captures what it prints, as a user would see it. */
public final class CliRunner {

    private final Map<String, String> env = new HashMap<>();

    public CliRunner with(String variable, String value) {
        if (value == null) {
            env.remove(variable);
        } else {
            env.put(variable, value);
        }
        return this;
    }

    public CliRunner withAll(Map<String, String> variables) {
        env.putAll(variables);
        return this;
    }

    /** The environment a command gets, e.g. to start it in a process of its own ({@link ForkedCli}). */
    public Map<String, String> env() {
        return Map.copyOf(env);
    }

    public Result run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        try (var outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                var errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int exitCode = new Cli(new Console(env, outStream, errStream)).run(args);
            return new Result(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    /** What a command returned and printed. */
    public record Result(int exitCode, String out, String err) {

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
