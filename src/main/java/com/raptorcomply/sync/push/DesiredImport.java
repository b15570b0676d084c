package com.raptorcomply.sync.push;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a desired-state CSV file the whole of {@code raptor.cyber_asset_desired}, in one transaction: all rows or
 * none. The file is streamed once, straight into COPY; a problem anywhere rolls everything back.
 */
@Service
@EnableConfigurationProperties(DesiredImportSettings.class)
public class DesiredImport {

    private final DesiredStateRepository repository;
    private final TransactionTemplate transaction;
    private final DesiredImportSettings settings;

    DesiredImport(DesiredStateRepository repository, PlatformTransactionManager transactionManager,
                  DesiredImportSettings settings) {
        this.repository = repository;
        this.transaction = new TransactionTemplate(transactionManager);
        this.settings = settings;
    }

    /** Checks a file without touching the database: what {@link #load} would reject it for. */
    public static CsvProblems check(Path file) throws IOException {
        return DesiredCsvReader.read(file, row -> {
        });
    }

    /** Loads the file; {@code allowShrink} accepts removing more rows than {@code RCSYNC_MAX_SHRINK_PERCENT}. */
    public ImportResult load(Path file, boolean allowShrink) {
        return transaction.execute(status -> {
            try {
                return loadInTransaction(file, allowShrink, status);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot write raptor.cyber_asset_desired: " + e.getMessage(), e);
            }
        });
    }

    private ImportResult loadInTransaction(Path file, boolean allowShrink, TransactionStatus status)
            throws IOException, SQLException {
        DesiredCopy copy = repository.startImport();
        CsvProblems problems;
        try {
            problems = DesiredCsvReader.read(file, copy);
        } catch (IOException | RuntimeException e) {
            copy.cancel();
            throw e;
        }
        if (!problems.isEmpty()) {
            copy.cancel();
            status.setRollbackOnly();
            return new ImportResult.Invalid(problems);
        }
        long rows = copy.finish();
        var removal = repository.removal();
        if (!allowShrink && removal.exceeds(settings.maxShrinkPercent())) {
            status.setRollbackOnly();
            return new ImportResult.ShrinkBlocked(removal.existing(), removal.removing(), removal.percent(),
                    settings.maxShrinkPercent());
        }
        return new ImportResult.Imported(rows, repository.apply(rows));
    }
}
