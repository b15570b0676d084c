package com.raptorcomply.sync.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

/** The import's database side: upsert, removal, remote_id links, the shrink guard, and all-or-nothing. */
class DesiredImportTest {

    private static final DataSource DATABASE = TestDatabase.migrated().toDataSource();
    private static final String HEADER = "external_ref,name,cyber_system_id,asset_type,delete_requested,assetTag,count";

    private final JdbcClient jdbc = JdbcClient.create(DATABASE);
    private final DesiredImport desiredImport = new DesiredImport(new DesiredStateRepository(jdbc, DATABASE),
            new JdbcTransactionManager(DATABASE), new DesiredImportSettings(50));

    @TempDir
    Path directory;

    @BeforeEach
    void cleanSlate() {
        TestDatabase.truncateWarehouse(DATABASE);
    }

    @Test
    void loadsRowsWithTypedAttributes() throws IOException {
        var result = load(false, "A,RTU-01,cs_1,hardware,false,0042,3", "B,Relay,cs_2,software,true,,");

        assertThat(result).isEqualTo(new ImportResult.Imported(2, new ImportCounts(2, 0, 0, 0)));
        assertThat(jdbc.sql("""
                SELECT concat_ws('|', external_ref, name, cyber_system_id, asset_type, delete_requested::text,
                                 coalesce(remote_id, '-'), attributes::text)
                  FROM raptor.cyber_asset_desired ORDER BY external_ref""").query(String.class).list())
                .containsExactly("A|RTU-01|cs_1|hardware|false|-|{\"count\": 3, \"assetTag\": \"0042\"}",
                        "B|Relay|cs_2|software|true|-|{}");
    }

    @Test
    void reimportKeepsRemoteIdsLeavesUnchangedRowsAloneAndRemovesAbsentRows() throws IOException {
        load(false, "A,RTU-01,cs_1,hardware,,,", "B,Relay,cs_1,hardware,,,", "C,HMI,cs_1,hardware,,,");
        jdbc.sql("UPDATE raptor.cyber_asset_desired SET remote_id = 'ca_' || lower(external_ref)").update();
        var unchangedBefore = updatedAt("B");

        var result = load(false, "A,RTU-01 renamed,cs_1,hardware,true,,", "B,Relay,cs_1,hardware,,,",
                "D,Switch,cs_2,hardware,,,");

        assertThat(result).isEqualTo(new ImportResult.Imported(3, new ImportCounts(1, 1, 1, 1)));
        assertThat(jdbc.sql("""
                SELECT external_ref || '=' || coalesce(remote_id, '-') || ':' || name || ':' || delete_requested
                  FROM raptor.cyber_asset_desired ORDER BY external_ref""").query(String.class).list())
                .containsExactly("A=ca_a:RTU-01 renamed:true", "B=ca_b:Relay:false", "D=-:Switch:false");
        assertThat(updatedAt("B")).isEqualTo(unchangedBefore);
    }

    @Test
    void aFileThatBecameInvalidAfterTheCheckWritesNothingAndLeavesTheConnectionUsable() throws IOException {
        load(false, "A,RTU-01,cs_1,hardware,,,");

        var invalid = load(false, "A,RTU-01 renamed,cs_1,hardware,,,", "B,Relay,cs_1,hardware,perhaps,,");
        var valid = load(false, "A,RTU-01,cs_1,hardware,,,", "B,Relay,cs_1,hardware,,,");

        assertThat(invalid).isInstanceOfSatisfying(ImportResult.Invalid.class, result -> assertThat(
                result.problems().first()).extracting(CsvProblem::toString)
                .containsExactly("line 3, column delete_requested: 'perhaps' is not true or false"));
        assertThat(valid).isEqualTo(new ImportResult.Imported(2, new ImportCounts(1, 0, 1, 0)));
    }

    @Test
    void removingMoreThanTheShrinkLimitNeedsAllowShrink() throws IOException {
        load(false, "A,a,cs_1,hardware,,,", "B,b,cs_1,hardware,,,", "C,c,cs_1,hardware,,,", "D,d,cs_1,hardware,,,");

        var blocked = load(false, "A,a,cs_1,hardware,,,", "E,e,cs_1,hardware,,,");
        var countAfterBlock = count();
        var allowed = load(true, "A,a,cs_1,hardware,,,", "E,e,cs_1,hardware,,,");

        assertThat(blocked).isEqualTo(new ImportResult.ShrinkBlocked(4, 3, 75, 50));
        assertThat(countAfterBlock).isEqualTo(4);
        assertThat(allowed).isEqualTo(new ImportResult.Imported(2, new ImportCounts(1, 0, 1, 3)));
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void aHeaderOnlyFileIntoAnEmptyTableImportsNothing() throws IOException {
        assertThat(load(false)).isEqualTo(new ImportResult.Imported(0, new ImportCounts(0, 0, 0, 0)));
    }

    private ImportResult load(boolean allowShrink, String... rows) throws IOException {
        Path file = directory.resolve("desired.csv");
        Files.writeString(file, HEADER + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        return desiredImport.load(file, allowShrink);
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM raptor.cyber_asset_desired").query(Long.class).single();
    }

    private Object updatedAt(String externalRef) {
        return jdbc.sql("SELECT updated_at FROM raptor.cyber_asset_desired WHERE external_ref = ?")
                .param(externalRef).query().singleValue();
    }
}
