package com.raptorcomply.sync.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV format and every kind of problem, read without a database. */
class DesiredCsvReaderTest {

    private static final String HEADER = "external_ref,name,cyber_system_id,asset_type,delete_requested";

    @TempDir
    Path directory;

    private final List<DesiredRow> rows = new ArrayList<>();

    @Test
    void readsFirstClassFieldsAndTypedAttributes() throws IOException {
        var problems = read("""
                external_ref,name,cyber_system_id,asset_type,delete_requested,inService,count,assetTag,model,note
                CMDB-1, RTU-01 ,cs_1,hardware,TRUE,true,3,0042,,"rack 4, row \"\"B\"\""
                CMDB-2,RTU-02,cs_1,hardware,,FALSE,-12,A-7,"SEL
                3530",12.5
                """);

        assertThat(problems.isEmpty()).as(problems.first().toString()).isTrue();
        assertThat(rows).containsExactly(
                new DesiredRow("CMDB-1", "RTU-01", "cs_1", "hardware",
                        Map.of("inService", true, "count", 3L, "assetTag", "0042", "note", "rack 4, row \"B\""), true),
                new DesiredRow("CMDB-2", "RTU-02", "cs_1", "hardware",
                        Map.of("inService", false, "count", -12L, "assetTag", "A-7", "model", "SEL\n3530",
                                "note", "12.5"), false));
    }

    @Test
    void acceptsAByteOrderMarkAndSkipsBlankLinesWithoutLosingLineNumbers() throws IOException {
        var problems = read("\uFEFF" + HEADER + "\r\n\r\nCMDB-1,a,cs_1,hardware,\r\n,,,,\r\n\"CMDB-2\",\"b\nc\",cs_1,x,\r\n"
                + "CMDB-3,d,cs_1,,\r\n");

        assertThat(rows).extracting(DesiredRow::externalRef).containsExactly("CMDB-1", "CMDB-2");
        assertThat(messages(problems)).containsExactly("line 7, column asset_type: is empty; it is required");
    }

    @Test
    void collectsEveryRowProblemWithItsLineAndColumn() throws IOException {
        var problems = read(HEADER + "\n"
                + "A,n,cs_1,hardware,maybe\n"
                + "B,,cs_1,hardware,false\n"
                + "A,n2,cs_1,hardware,yes\n"
                + "C,n,cs_1\n"
                + "D,n,cs_1,hardware,false,extra\n"
                + "E,n\u0000x,cs_1,hardware,\n");

        assertThat(messages(problems)).containsExactly(
                "line 2, column delete_requested: 'maybe' is not true or false",
                "line 3, column name: is empty; it is required",
                "line 4, column delete_requested: 'yes' is not true or false",
                "line 5: 3 cells, but the header has 5 columns",
                "line 6: 6 cells, but the header has 5 columns",
                "line 7, column name: contains a NUL character (\\u0000), which PostgreSQL cannot store");
    }

    @Test
    void aDuplicateExternalRefNamesBothLines() throws IOException {
        var problems = read(HEADER + "\nA,n,cs_1,hardware,\nB,n,cs_1,hardware,\nA,m,cs_2,software,\n");

        assertThat(messages(problems)).containsExactly("line 4, column external_ref: 'A' is also on line 2");
    }

    @Test
    void aBadHeaderIsReportedWholeAndNoRowIsRead() throws IOException {
        var problems = read("external_ref,Name,asset_type,assetTitle,cyberSystemId,,note,note,createdAt\n"
                + "A,n,hardware,t,cs_1,,x,y,z\n");

        assertThat(rows).isEmpty();
        assertThat(messages(problems)).containsExactly(
                "line 1, column #6: the header names no column here",
                "line 1, column note: appears twice in the header (columns 7 and 8)",
                "line 1, column name: required column is missing",
                "line 1, column cyber_system_id: required column is missing",
                "line 1, column Name: is not an attribute but another spelling of name; use the column name "
                        + "(column names are case-sensitive)",
                "line 1, column assetTitle: is not an attribute but another spelling of name; use the column name "
                        + "(column names are case-sensitive)",
                "line 1, column cyberSystemId: is not an attribute but another spelling of cyber_system_id; use the "
                        + "column cyber_system_id (column names are case-sensitive)",
                "line 1, column createdAt: is set by Raptor Comply or the push and cannot be imported");
    }

    @Test
    void anEmptyFileNeedsAHeader() throws IOException {
        assertThat(messages(read(""))).containsExactly(
                "line 1: the file is empty; a header row is required (external_ref, name, cyber_system_id, asset_type)");
    }

    @Test
    void aFileThatIsNotUtf8IsRejectedAtTheLineOfItsFirstBadByte() throws IOException {
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 5000; i++) {
            bytes.writeBytes(("CMDB-%d,Zähler %d,cs_1,hardware,\n".formatted(i, i)).getBytes(StandardCharsets.UTF_8));
        }
        bytes.writeBytes("CMDB-X,Z".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE4);
        bytes.writeBytes("hler,cs_1,hardware,\n".getBytes(StandardCharsets.UTF_8));

        var problems = readBytes(bytes.toByteArray());

        assertThat(messages(problems)).containsExactly(
                "line 5002: not valid UTF-8 (byte 0xE4); save the file as UTF-8; nothing after it was read");
    }

    @Test
    void aFileEndingInsideAMultiByteCharacterIsNotUtf8() throws IOException {
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes((HEADER + "\nA,n,cs_1,hardware,\nB,n,cs_1,hardware,").getBytes(StandardCharsets.UTF_8));
        bytes.write(0xC3);

        assertThat(messages(readBytes(bytes.toByteArray()))).containsExactly(
                "line 3: not valid UTF-8 (byte 0xC3); save the file as UTF-8; nothing after it was read");
    }

    @Test
    void malformedCsvStopsAtTheRecordWhereItStarts() throws IOException {
        var problems = read(HEADER + "\nA,n,cs_1,hardware,\nB,\"unterminated,cs_1,hardware,\n");

        assertThat(problems.count()).isEqualTo(1);
        assertThat(problems.first().get(0).toString()).startsWith("line 3: not well-formed CSV: ")
                .endsWith("; nothing after it was read");
    }

    @Test
    void keepsTheFirstFiftyProblemsAndCountsTheRest() throws IOException {
        var file = new StringBuilder(HEADER + "\n");
        for (int i = 0; i < 120; i++) {
            file.append("R").append(i).append(",n,cs_1,hardware,maybe\n");
        }

        var problems = read(file.toString());

        assertThat(problems.count()).isEqualTo(120);
        assertThat(problems.first()).hasSize(50);
        assertThat(problems.more()).isEqualTo(70);
    }

    private CsvProblems read(String content) throws IOException {
        return readBytes(content.getBytes(StandardCharsets.UTF_8));
    }

    private CsvProblems readBytes(byte[] content) throws IOException {
        Path file = Files.write(directory.resolve("desired.csv"), content);
        return DesiredCsvReader.read(file, rows::add);
    }

    private static List<String> messages(CsvProblems problems) {
        return problems.first().stream().map(CsvProblem::toString).toList();
    }
}
