package com.raptorcomply.sync.ops;

import com.raptorcomply.sync.push.CsvProblems;
import com.raptorcomply.sync.push.DesiredImport;
import com.raptorcomply.sync.push.ImportResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Makes a CSV file the desired state of the push, all rows or none. */
@Command(name = "import-desired", mixinStandardHelpOptions = true,
        description = {"Loads desired cyber assets from a UTF-8 CSV file into raptor.cyber_asset_desired, all rows",
            "or none: the file is the whole desired state (rows absent from it are removed; remote_id links are kept).",
            "Columns: external_ref, name, cyber_system_id, asset_type, optional delete_requested (true/false);",
            "every other column is an attribute. Exit 2 lists every problem with its line and column."})
final class ImportDesiredCommand implements Callable<Integer> {

    private final Console console;

    @Parameters(paramLabel = "FILE.csv", description = "The desired-state CSV file (UTF-8, header row required).")
    Path file;

    @Option(names = "--allow-shrink",
            description = "Accept a file that removes more than RCSYNC_MAX_SHRINK_PERCENT of the desired rows.")
    boolean allowShrink;

    ImportDesiredCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new UsageException("cannot read " + file + ": no such readable file");
        }
        long started = System.nanoTime();
        CsvProblems problems = DesiredImport.check(file);
        if (!problems.isEmpty()) {
            return invalid(problems);
        }
        long checked = System.nanoTime() - started;
        try (Warehouse warehouse = Warehouse.open(console)) {
            started = System.nanoTime();
            var result = warehouse.bean(DesiredImport.class).load(file, allowShrink);
            return report(result, (checked + System.nanoTime() - started) / 1e9);
        }
    }

    private int report(ImportResult result, double seconds) {
        if (result instanceof ImportResult.Invalid invalid) {
            return invalid(invalid.problems());
        }
        if (result instanceof ImportResult.ShrinkBlocked blocked) {
            console.err().printf("import-desired: %s would remove %d of the %d desired rows (%d%%), more than "
                    + "RCSYNC_MAX_SHRINK_PERCENT=%d; nothing was imported. If the CMDB really dropped them, "
                    + "rerun with --allow-shrink.%n", file, blocked.removing(), blocked.existing(), blocked.percent(),
                    blocked.maxPercent());
            return ExitCode.SAFETY_LIMIT;
        }
        var imported = (ImportResult.Imported) result;
        console.out().printf(Locale.ROOT, "Imported %s in %.1f s: %d desired cyber assets; %s.%n", file, seconds,
                imported.rows(), imported.counts());
        return ExitCode.OK;
    }

    private int invalid(CsvProblems problems) {
        problems.first().forEach(problem -> console.err().println(problem));
        if (problems.more() > 0) {
            console.err().printf("... and %d more%n", problems.more());
        }
        console.err().printf("import-desired: %d problem%s in %s; nothing was imported.%n", problems.count(),
                problems.count() == 1 ? "" : "s", file);
        return ExitCode.USAGE;
    }
}
