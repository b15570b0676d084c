package com.raptorcomply.sync.warehouse;

import com.raptorcomply.sync.client.KnownTexts;
import com.raptorcomply.sync.client.ResourceType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads which texts a mirror table's live rows were last merged from ({@link KnownTexts}), for a pull to stage
 * records in those texts by reference. Streamed in batches (in a read-only transaction, so that PostgreSQL's driver
 * uses a cursor), and only while the fingerprints take at most an eighth of the heap: beyond that, none is known.
 */
@Repository
public class MirrorTexts {

    private static final int FETCH_SIZE = 10_000;
    private static final int INITIAL_ROWS = 4096;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final long maxRows;

    @Autowired
    public MirrorTexts(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.maxRows = Runtime.getRuntime().maxMemory() / 8 / Long.BYTES;
    }

    private MirrorTexts(MirrorTexts texts, long maxRows) {
        this.jdbc = texts.jdbc;
        this.readOnly = texts.readOnly;
        this.maxRows = maxRows;
    }

    /** The same, knowing at most {@code maxRows} rows' texts. */
    MirrorTexts withMaxRows(long maxRows) {
        return new MirrorTexts(this, maxRows);
    }

    /** The texts the live rows of {@code type}'s mirror table hold; none when there are more rows than allowed. */
    public KnownTexts load(ResourceType type) {
        String sql = query(type);
        return readOnly.execute(status -> jdbc.query(connection -> {
            var statement = connection.prepareStatement(sql);
            statement.setFetchSize(FETCH_SIZE);
            return statement;
        }, this::fingerprints));
    }

    /** What the table's known-text index (V21) holds: PostgreSQL can answer it from the index alone. */
    static String query(ResourceType type) {
        return "SELECT id, received_hash FROM " + MirrorTable.of(type).qualified()
                + " WHERE deleted_at IS NULL AND received_hash IS NOT NULL";
    }

    /**
     * One scan, no count first (a count read the whole table once more: 0.13 s of 100,000 rows): the array grows as
     * rows come, and the read stops at the first row past the bound.
     */
    private KnownTexts fingerprints(ResultSet rows) throws SQLException {
        long[] fingerprints = new long[(int) Math.min(maxRows, INITIAL_ROWS)];
        int size = 0;
        while (rows.next()) {
            if (size == maxRows) {
                return KnownTexts.none();
            }
            if (size == fingerprints.length) {
                fingerprints = Arrays.copyOf(fingerprints, (int) Math.min(maxRows, 2L * size));
            }
            fingerprints[size++] = KnownTexts.fingerprint(rows.getString(1), rows.getString(2));
        }
        return size == 0 ? KnownTexts.none() : KnownTexts.of(fingerprints, size);
    }
}
