package com.raptorcomply.sync;

import com.raptorcomply.sync.ops.Cli;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point. The command line decides what runs; commands that need the warehouse start this Spring context.
 * The process exit code is the command's outcome (see CONTRACT.md).
 */
@SpringBootApplication
public class RaptorComplySyncApplication {

    public static void main(String[] args) {
        System.exit(Cli.standard().run(args));
    }
}
