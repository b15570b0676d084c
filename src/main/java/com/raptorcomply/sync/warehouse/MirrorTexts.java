package com.raptorcomply.sync.warehouse;

import com.raptorcomply.sync.client.KnownTexts;
import com.raptorcomply.sync.client.ResourceType;
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
        String table = MirrorTable.of(type).qualified();
        String known = " FROM " + table + " WHERE deleted_at IS NULL AND received_hash IS NOT NULL";
        return readOnly.execute(status -> {
            Long rows = jdbc.queryForObject("SELECT count(*)" + known, Long.class);
            if (rows == null || rows == 0 || rows > maxRows) {
                return KnownTexts.none();
            }
            long[] fingerprints = new long[Math.toIntExact(rows)];
            int[] size = {0};
            jdbc.query(connection -> {
                var statement = connection.prepareStatement("SELECT id, received_hash" + known);
                statement.setFetchSize(FETCH_SIZE);
                return statement;
            }, rs -> {
                if (size[0] < fingerprints.length) {   // rows merged since the count are not known: staged in full
                    fingerprints[size[0]++] = KnownTexts.fingerprint(rs.getString(1), rs.getString(2));
                }
            });
            return KnownTexts.of(fingerprints, size[0]);
        });
    }
}
