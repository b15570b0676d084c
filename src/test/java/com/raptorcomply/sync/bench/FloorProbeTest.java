package com.raptorcomply.sync.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.simulator.KeyState;
import com.raptorcomply.sync.simulator.RaptorComplySimulator;
import com.raptorcomply.sync.testing.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

class FloorProbeTest {

    private static final String KEY = "rc_live_floor_probe_key_0050";

    @Test
    void theFloorDownloadsAndCopiesEveryRecordOfTheFourLists(@TempDir Path work) throws Exception {
        // given a simulator with 50 cyber assets and an empty database
        try (var simulator = RaptorComplySimulator.builder().facilities(3).controlCenters(2).cyberSystems(4)
                .cyberAssets(50).key(KEY, KeyState.ACTIVE).build().start(0)) {
            var database = TestDatabase.fresh().toDataSource();
            long records = Arrays.stream(ResourceType.values()).mapToLong(simulator.store()::count).sum();

            // when the floor is measured
            var floor = FloorProbe.measure(new ListDownload(simulator.baseUrl(), KEY), database, work.resolve("rows"));

            // then every record was copied, the bodies were downloaded, and the bare table is gone again
            assertThat(floor.rows()).isEqualTo(records).isEqualTo(3 + 2 + 4 + 50);
            assertThat(floor.bytes()).isGreaterThan(Files.size(work.resolve("rows")) / 2);
            assertThat(JdbcClient.create(database).sql("SELECT to_regclass('bench_floor') IS NULL")
                    .query(Boolean.class).single()).isTrue();
        }
    }

    @Test
    void copyRowsAreTheElementsIdAndPayloadWithCopysSpecialCharactersEscaped() throws Exception {
        // given a list whose element holds a backslash, a tab and a line break in its strings
        String list = "[{\"id\":\"a\\\\1\",\"name\":\"x\\ty\\nz\"},{\"id\":\"b\",\"n\":1}]";
        var out = new StringWriter();

        // when it is turned into COPY rows
        long rows = CopyFile.writeRows(new ByteArrayInputStream(list.getBytes(StandardCharsets.UTF_8)), out);

        // then each JSON escape's backslash is doubled (COPY undoes that), the id and payload tab-separated
        assertThat(rows).isEqualTo(2);
        assertThat(out.toString()).isEqualTo("a\\\\1\t{\"id\":\"a\\\\\\\\1\",\"name\":\"x\\\\ty\\\\nz\"}\n"
                + "b\t{\"id\":\"b\",\"n\":1}\n");
    }

    @Test
    void theSimulatorLogsEachRequestsArrivalWithoutItsKey(@TempDir Path work) throws Exception {
        // given a simulator logging arrivals to a file
        try (var simulator = RaptorComplySimulator.builder().key(KEY, KeyState.ACTIVE).build().start(0)) {
            Path log = work.resolve("arrivals.log");
            simulator.logArrivalsTo(log);
            long before = System.currentTimeMillis();

            // when a list is requested
            new ListDownload(simulator.baseUrl(), KEY).discard("/facilities");

            // then one line says when, what and where, and nothing of the key
            var lines = Files.readAllLines(log);
            assertThat(lines).hasSize(1);
            assertThat(lines.get(0)).matches("\\d+ GET /facilities").doesNotContain(KEY.substring(8));
            assertThat(Long.parseLong(lines.get(0).split(" ")[0])).isBetween(before, System.currentTimeMillis());
        }
    }
}
