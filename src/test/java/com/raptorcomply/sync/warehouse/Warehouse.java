package com.raptorcomply.sync.warehouse;

import com.raptorcomply.sync.client.RemoteRecord;
import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.testing.DatabaseCoordinates;
import com.raptorcomply.sync.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

/** The warehouse classes wired on one migrated test database, plus the steps tests repeat. */
final class Warehouse {

    final DataSource dataSource;
    final JdbcClient jdbc;
    final RejectionLog rejections;
    final DriftLog drift;
    final StagingWriter staging;
    final MirrorTexts mirrorTexts;
    final StagedLists lists;
    final MirrorMerge merge;
    final SyncRunRepository runs;

    private Warehouse(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.rejections = new RejectionLog(new NamedParameterJdbcTemplate(dataSource));
        this.drift = new DriftLog(new NamedParameterJdbcTemplate(dataSource));
        this.staging = new StagingWriter(new NamedParameterJdbcTemplate(dataSource), rejections, drift);
        this.mirrorTexts = new MirrorTexts(new JdbcTemplate(dataSource), new JdbcTransactionManager(dataSource));
        this.lists = new StagedLists(jdbc);
        this.merge = new MirrorMerge(jdbc, new JdbcTransactionManager(dataSource), rejections);
        this.runs = new SyncRunRepository(jdbc);
    }

    /** A new migrated database: call once per test class. */
    static Warehouse migrated() {
        DatabaseCoordinates database = TestDatabase.migrated();
        return new Warehouse(database.toDataSource());
    }

    void truncate() {
        TestDatabase.truncateWarehouse(dataSource);
    }

    /**
     * Starts run {@code runId}, stages {@code records} as the whole list of {@code type} (by reference where the
     * mirror holds their text, as a pull does) and merges it.
     */
    MergeResult sync(long runId, ResourceType type, Instant observedAt, ShrinkPolicy policy,
                     List<? extends RemoteRecord> records) {
        runs.start(runId, false, null);
        staging.clear(runId, type);
        staging.write(runId, records, mirrorTexts.load(type));
        lists.finish(runId, type, duplicate -> { });
        return merge.merge(runId, type, observedAt, policy);
    }

    MergeCounts sync(long runId, ResourceType type, Instant observedAt, RemoteRecord... records) {
        return sync(runId, type, observedAt, ShrinkPolicy.unlimited(), List.of(records)).counts();
    }

    List<String> history(ResourceType type, String id) {
        return jdbc.sql("SELECT change FROM raptor." + type.table() + "_history WHERE id = :id ORDER BY history_id")
                .param("id", id).query(String.class).list();
    }

    int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
