package com.raptorcomply.sync.ops;

import com.raptorcomply.sync.logging.LogFormat;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;

/**
 * What a command sees of the outside world: the environment variables and the two output streams. Tests pass
 * their own, so commands are exercised exactly as a user runs them.
 */
public record Console(Map<String, String> env, PrintStream out, PrintStream err) {

    public Console {
        env = Map.copyOf(env);
    }

    /** The process's environment and streams; with JSON logs, error lines go out as JSON log lines too. */
    public static Console system() {
        return new Console(System.getenv(), System.out, LogFormat.errorStream(System.getenv(LogFormat.VARIABLE)));
    }

    /** A variable's value, empty when unset or blank. */
    public Optional<String> variable(String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(value -> !value.isEmpty());
    }
}
