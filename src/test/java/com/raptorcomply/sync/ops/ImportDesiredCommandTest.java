package com.raptorcomply.sync.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.testing.CliRunner;
import com.raptorcomply.sync.testing.DatabaseCoordinates;
import com.raptorcomply.sync.testing.TestDatabase;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code import-desired} as a user runs it, against a real PostgreSQL. */
class ImportDesiredCommandTest {

    private static final DatabaseCoordinates DATABASE = TestDatabase.fresh();
    private static final String HEADER = "external_ref,name,cyber_system_id,asset_type,delete_requested";

    private final JdbcClient jdbc = JdbcClient.create(DATABASE.toDataSource());
    private final CliRunner cli = new CliRunner()
            .with("SPRING_DATASOURCE_URL", DATABASE.url())
            .with("SPRING_DATASOURCE_USERNAME", DATABASE.username())
            .with("SPRING_DATASOURCE_PASSWORD", DATABASE.password());

    @TempDir
    Path directory;

    @BeforeAll
    static void migrateAsTheCommandsDo() {
        Flyway.configure().dataSource(DATABASE.toDataSource()).schemas("raptor").locations("classpath:db/migration")
                .load().migrate();
    }

    @BeforeEach
    void cleanSlate() {
        jdbc.sql("DELETE FROM raptor.cyber_asset_desired").update();
    }

    @Test
    void importsAGoodFileThenAReimportKeepsLinksAndRemovesAbsentRows() throws IOException {
        Path first = csv("\uFEFF" + HEADER + ",inService,count,note\r\n"
                + "CMDB-1,RTU-01,cs_1,hardware,false,TRUE,2,\"rack 4, row B\"\r\n"
                + "CMDB-2,\"Relay, north\",cs_1,hardware,,false,,\"two\nlines\"\r\n"
                + "CMDB-3,HMI,cs_2,software,true,,,\r\n");
        var imported = cli.run("import-desired", first.toString());
        jdbc.sql("UPDATE raptor.cyber_asset_desired SET remote_id = 'ca_1' WHERE external_ref = 'CMDB-1'").update();
        Path second = csv(HEADER + "\nCMDB-1,RTU-01 renamed,cs_1,hardware,\nCMDB-2,\"Relay, north\",cs_1,hardware,\n"
                + "CMDB-4,Switch,cs_2,hardware,\n");
        var reimported = cli.run("import-desired", second.toString());

        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        assertThat(imported.out()).contains("3 desired cyber assets; inserted 3, updated 0, unchanged 0, removed 0.");
        assertThat(reimported.exitCode()).as(reimported.toString()).isZero();
        assertThat(reimported.out()).contains("inserted 1, updated 2, unchanged 0, removed 1.");
        assertThat(desiredRows()).containsExactly(
                "CMDB-1|ca_1|RTU-01 renamed|cs_1|hardware|false|{}",
                "CMDB-2|-|Relay, north|cs_1|hardware|false|{}",
                "CMDB-4|-|Switch|cs_2|hardware|false|{}");
    }

    @Test
    void attributesAreTypedAndQuotedCellsKeepTheirCommasAndNewlines() throws IOException {
        var result = cli.run("import-desired", csv("\uFEFF" + HEADER + ",inService,count,assetTag,note\r\n"
                + "CMDB-1,\"RTU, 01\",cs_1,hardware,,TRUE,2,0042,\"rack 4\nrow \"\"B\"\"\"\r\n").toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(jdbc.sql("""
                SELECT jsonb_typeof(attributes -> 'inService') || ' ' || jsonb_typeof(attributes -> 'count') || ' '
                       || jsonb_typeof(attributes -> 'assetTag') || ' ' || (attributes ->> 'note') || ' ' || name
                  FROM raptor.cyber_asset_desired""").query(String.class).single())
                .isEqualTo("boolean number string rack 4\nrow \"B\" RTU, 01");
    }

    static Stream<Arguments> badFiles() {
        byte[] latin1 = (HEADER + "\nCMDB-9,Z\u00e4hler,cs_1,hardware,\n").getBytes(StandardCharsets.ISO_8859_1);
        return Stream.of(
                Arguments.of("missing column", utf8("external_ref,name,asset_type\nA,n,hardware\n"),
                        List.of("line 1, column cyber_system_id: required column is missing")),
                Arguments.of("duplicate external_ref", utf8(HEADER + "\nA,n,cs_1,hardware,\nB,m,cs_1,hardware,\n"
                        + "A,o,cs_1,hardware,\n"), List.of("line 4, column external_ref: 'A' is also on line 2")),
                Arguments.of("bad boolean", utf8(HEADER + "\nA,n,cs_1,hardware,maybe\nB,n,cs_1,hardware,1\n"),
                        List.of("line 2, column delete_requested: 'maybe' is not true or false",
                                "line 3, column delete_requested: '1' is not true or false")),
                Arguments.of("bad encoding", latin1,
                        List.of("line 2: not valid UTF-8 (byte 0xE4); save the file as UTF-8; nothing after it was read")),
                Arguments.of("ragged row", utf8(HEADER + "\nA,n,cs_1\nB,n,cs_1,hardware,false,x\n"),
                        List.of("line 2: 3 cells, but the header has 5 columns",
                                "line 3: 6 cells, but the header has 5 columns")),
                Arguments.of("blank required cell", utf8(HEADER + "\nA, ,cs_1,hardware,\n,n,cs_1,,\n"),
                        List.of("line 2, column name: is empty; it is required",
                                "line 3, column external_ref: is empty; it is required",
                                "line 3, column asset_type: is empty; it is required")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileIsRejectedWholeWithEveryProblemAndNothingWritten(String kind, byte[] content, List<String> errors)
            throws IOException {
        jdbc.sql("INSERT INTO raptor.cyber_asset_desired (external_ref, name, cyber_system_id, asset_type, remote_id)"
                + " VALUES ('KEEP', 'Kept', 'cs_1', 'hardware', 'ca_keep')").update();
        Path file = Files.write(directory.resolve("bad.csv"), content);

        var result = cli.run("import-desired", file.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err().lines().filter(line -> line.startsWith("line ")).toList())
                .containsExactlyElementsOf(errors);
        assertThat(result.err()).contains("problem", "in " + file + "; nothing was imported.");
        assertThat(desiredRows()).containsExactly("KEEP|ca_keep|Kept|cs_1|hardware|false|{}");
    }

    @Test
    void aFileRemovingMostRowsStopsWithExitFourUnlessShrinkIsAllowed() throws IOException {
        cli.run("import-desired", csv(HEADER + "\nA,a,cs_1,hardware,\nB,b,cs_1,hardware,\nC,c,cs_1,hardware,\n")
                .toString());
        Path shrunk = csv(HEADER + "\nA,a,cs_1,hardware,\n");

        var blocked = cli.run("import-desired", shrunk.toString());
        var countAfterBlock = desiredRows().size();
        var allowed = cli.run("import-desired", "--allow-shrink", shrunk.toString());

        assertThat(blocked.exitCode()).as(blocked.toString()).isEqualTo(ExitCode.SAFETY_LIMIT);
        assertThat(blocked.err()).contains("would remove 2 of the 3 desired rows (67%), more than "
                + "RCSYNC_MAX_SHRINK_PERCENT=50; nothing was imported", "--allow-shrink");
        assertThat(countAfterBlock).isEqualTo(3);
        assertThat(allowed.exitCode()).as(allowed.toString()).isZero();
        assertThat(allowed.out()).contains("unchanged 1, removed 2.");
    }

    @Test
    void aHundredThousandRowsLoad() throws IOException {
        Path file = directory.resolve("large.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER + ",assetTag,inService\n");
            for (int i = 0; i < 100_000; i++) {
                out.write("CMDB-%d,RTU-%d,cs_%d,hardware,false,T%d,true\n".formatted(i, i, i % 40, i));
            }
        }

        var result = cli.run("import-desired", file.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("100000 desired cyber assets; inserted 100000");
        assertThat(jdbc.sql("SELECT count(*) FROM raptor.cyber_asset_desired WHERE attributes ->> 'inService' = 'true'")
                .query(Long.class).single()).isEqualTo(100_000);
    }

    @Test
    void helpDescribesTheFormatAndAMissingFileIsAUsageError() {
        var help = cli.run("import-desired", "--help");
        var missing = cli.run("import-desired", directory.resolve("nope.csv").toString());
        var noFile = cli.run("import-desired");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage:", "FILE.csv", "--allow-shrink", "external_ref", "delete_requested");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).contains("cannot read").contains("nope.csv");
        assertThat(noFile.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(noFile.err()).contains("FILE.csv");
    }

    private Path csv(String content) throws IOException {
        return Files.write(Files.createTempFile(directory, "desired", ".csv"), utf8(content));
    }

    private static byte[] utf8(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }

    private List<String> desiredRows() {
        return jdbc.sql("""
                SELECT concat_ws('|', external_ref, coalesce(remote_id, '-'), name, cyber_system_id, asset_type,
                                 delete_requested::text, attributes::text)
                  FROM raptor.cyber_asset_desired ORDER BY external_ref""").query(String.class).list();
    }
}
