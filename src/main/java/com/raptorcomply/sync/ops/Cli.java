package com.raptorcomply.sync.ops;

import com.raptorcomply.sync.auth.KeyConfigurationException;
import com.raptorcomply.sync.client.KeyRedaction;
import com.raptorcomply.sync.logging.LogFormat;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: parses arguments, runs one command, and returns the contract's exit code. */
public final class Cli {

    private static final Logger log = LoggerFactory.getLogger(Cli.class);

    private final Console console;

    public Cli(Console console) {
        this.console = console;
    }

    public static Cli standard() {
        return new Cli(Console.system());
    }

    public int run(String... args) {
        Optional<String> badLogFormat = LogFormat.check(console.variable(LogFormat.VARIABLE).orElse(null));
        if (badLogFormat.isPresent()) {
            console.err().println(badLogFormat.get());
            return ExitCode.USAGE;
        }
        int exitCode = commandLine().execute(args);
        Termination.commandEnded(exitCode);
        return exitCode;
    }

    CommandLine commandLine() {
        CommandLine line = new CommandLine(new Root());
        Commands.all(console).forEach(line::addSubcommand);
        line.setOut(new java.io.PrintWriter(console.out(), true));
        line.setErr(new java.io.PrintWriter(console.err(), true));
        line.setExitCodeExceptionMapper(Cli::exitCodeOf);
        line.setExecutionExceptionHandler(this::reportFailure);
        line.setParameterExceptionHandler(this::reportUsageError);
        return line;
    }

    /** One line per problem, the real cause first, then what to run; never a stack trace. */
    private int reportFailure(Exception failure, CommandLine command, CommandLine.ParseResult parsed) {
        String name = command.getCommandName();
        log.debug("{} failed", name, failure);
        String message = KeyRedaction.redact(Objects.requireNonNullElse(failure.getMessage(), failure.toString()));
        if (isConfigurationError(failure)) {
            message.lines().forEach(line -> console.err().println(name + ": " + line));
        } else {
            console.err().println(name + ": failed: " + KeyRedaction.redact(DatabaseErrors.connectionLost(failure)
                    .orElseGet(() -> DatabaseErrors.firstLine(failure))));
        }
        return exitCodeOf(failure);
    }

    private int reportUsageError(CommandLine.ParameterException failure, String[] args) {
        console.err().println(failure.getMessage());
        console.err().println("Try '" + failure.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
        return ExitCode.USAGE;
    }

    private static int exitCodeOf(Throwable failure) {
        return isConfigurationError(failure) ? ExitCode.USAGE : ExitCode.RUN_FAILED;
    }

    private static boolean isConfigurationError(Throwable failure) {
        return failure instanceof UsageException || failure instanceof KeyConfigurationException;
    }

    @Command(name = "raptor-comply-sync", mixinStandardHelpOptions = true, version = "raptor-comply-sync 0.1.0",
            description = {"Mirrors Raptor Comply into PostgreSQL with the history of every change it observed.",
                "Exit codes: 0 success, 1 run failed (restartable), 2 usage or configuration error,",
                "3 no usable API key, 4 a safety limit stopped the run."},
            synopsisSubcommandLabel = "COMMAND")
    static final class Root implements Runnable {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: see the list below.\n"
                    + spec.commandLine().getUsageMessage());
        }
    }
}
