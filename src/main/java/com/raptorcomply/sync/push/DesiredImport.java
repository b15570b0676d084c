package com.raptorcomply.sync.push;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a desired-state CSV file the whole of {@code raptor.cyber_asset_desired}, in one transaction: all rows or
 * none. {@link #load} streams the file once, straight into COPY; a problem anywhere rolls everything back.
 */
@Service
@EnableConfigurationProperties(DesiredImportSettings.class)
public class DesiredImport {

    private static final Logger log = LoggerFactory.getLogger(DesiredImport.class);

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
        long started = System.nanoTime();
        DesiredCopy copy = repository.startImport();
        CsvProblems problems = copyFile(file, copy);
        if (!problems.isEmpty()) {
            status.setRollbackOnly();
            return new ImportResult.Invalid(problems);
        }
        long rows = copy.finish();
        long copied = System.nanoTime();
        var removal = repository.removal();
        if (!allowShrink && removal.exceeds(settings.maxShrinkPercent())) {
            status.setRollbackOnly();
            return new ImportResult.ShrinkBlocked(removal.existing(), removal.removing(), removal.percent(),
                    settings.maxShrinkPercent());
        }
        var counts = repository.apply(rows);
        log.info("{} desired rows copied in {} ms, applied in {} ms", rows, (copied - started) / 1_000_000,
                (System.nanoTime() - copied) / 1_000_000);
        return new ImportResult.Imported(rows, counts);
    }

    /** Streams the file into the COPY; on any problem the COPY is abandoned, so the transaction can roll back. */
    private static CsvProblems copyFile(Path file, DesiredCopy copy) throws IOException, SQLException {
        try {
            CsvProblems problems = DesiredCsvReader.read(file, copy);
            if (!problems.isEmpty()) {
                copy.cancel();
            }
            return problems;
        } catch (IOException | RuntimeException e) {
            copy.cancel();
            throw e;
        }
    }
}
