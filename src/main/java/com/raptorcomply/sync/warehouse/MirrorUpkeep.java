package com.raptorcomply.sync.warehouse;

import com.raptorcomply.sync.client.ResourceType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Vacuums each mirror table a run's merge wrote a fifth of the rows of or more (a first sync writes all of them), so
 * that the next pull reads what the table's live rows hold from its known-text index alone (V21). Until a table is
 * vacuumed, that read goes through every page of its rows, and the first read of each new row writes its page again
 * (hint bits). Autovacuum gets there too, on its own schedule: a run soon after would pay for it. No ANALYZE: it
 * took 0.4 to 0.7 s of 100,000 assets (their payloads' statistics), the VACUUM 0.2 s, and the planner picks the
 * index without the statistics; autovacuum gathers them later.
 *
 * <p>VACUUM can mark a page visible to all only when every row on it is, which two things of a run prevent until it
 * ends: the run lock's open transaction (every row written after it began counts as possibly invisible to it), and,
 * on a server that commits asynchronously (the embedded warehouse does), commits not yet flushed to the write-ahead
 * log. So the upkeep runs once the run has released its lock, and first commits a write synchronously (of the run's
 * own row, unchanged), which flushes every commit before it: a transaction that writes nothing commits
 * asynchronously whatever the setting. It only makes the next run faster: a failure is logged, and the command goes
 * on.
 */
@Repository
public class MirrorUpkeep {

    private static final Logger log = LoggerFactory.getLogger(MirrorUpkeep.class);

    /** A table gets a VACUUM when the merge wrote at least one row in this many of those it listed and wrote. */
    static final int WRITTEN_SHARE_DIVISOR = 5;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final SyncRunRepository runs;

    public MirrorUpkeep(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, SyncRunRepository runs) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.runs = runs;
    }

    /** After run {@code runId} completed: vacuums each table its merge {@link #needsVacuum needs it}. */
    public void afterRun(long runId) {
        try {
            Map<ResourceType, MergeCounts> merged = runs.find(runId).map(RunSummary::counts).orElse(Map.of());
            List<ResourceType> written = Arrays.stream(ResourceType.values())
                    .filter(type -> merged.containsKey(type) && needsVacuum(merged.get(type))).toList();
            if (written.isEmpty()) {
                return;
            }
            flushCommits(runId);
            written.forEach(type -> vacuum(MirrorTable.of(type), merged.get(type).changes()));
        } catch (DataAccessException | TransactionException e) {
            // a connection lost before the flush's transaction began is a TransactionException, not a data access one
            log.warn("Could not vacuum the mirror tables the merge wrote ({}); the merge stands, and the next run"
                    + " reads their known texts from the tables instead of their indexes",
                    e.getMostSpecificCause().getMessage());
        }
    }

    /** Commits a write synchronously: the write-ahead log is flushed up to it, every earlier commit included. */
    private void flushCommits(long runId) {
        transaction.executeWithoutResult(status -> {
            jdbc.execute("SET LOCAL synchronous_commit = on");
            jdbc.update("UPDATE raptor.sync_run SET finished_at = finished_at WHERE run_id = ?", runId);
        });
    }

    /** Whether the merge wrote at least a fifth of the rows it listed or wrote. */
    static boolean needsVacuum(MergeCounts counts) {
        long written = counts.changes();
        return written > 0 && written * WRITTEN_SHARE_DIVISOR >= written + counts.unchanged();
    }

    private void vacuum(MirrorTable table, int written) {
        long start = System.nanoTime();
        jdbc.execute("VACUUM " + table.qualified());
        log.info(String.format(Locale.ROOT, "%s: vacuumed %s after the merge wrote %,d of its rows, in %.1f s",
                table.type().label(), table.qualified(), written, (System.nanoTime() - start) / 1e9));
    }
}
