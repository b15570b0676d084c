package com.raptorcomply.sync.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.simulator.RaptorComplySimulatorBuilder;
import com.raptorcomply.sync.testing.SyncFixture;
import java.util.List;
import org.flywaydb.core.Flyway;
import java.util.Map;

/** The data set of a fault case (its size from a system property) and the desired assets a case pushes. */
final class FaultData {

    static final String DESIRED_PREFIX = "FAULT-RTU-";

    private FaultData() {
    }

    /** A size from {@code property}, e.g. {@code -Drcsync.faults.assets=100000}. */
    static int size(String property, int otherwise) {
        return Integer.getInteger(property, otherwise);
    }

    /** A simulator of {@code assets} cyber assets (with systems, facilities and control centers in proportion). */
    static SyncFixture start(int assets, long seed) {
        return SyncFixture.start(builder -> sized(builder, assets).seed(seed).dialect(Dialect.DOCS));
    }

    private static RaptorComplySimulatorBuilder sized(RaptorComplySimulatorBuilder builder, int assets) {
        return builder.cyberAssets(assets).cyberSystems(Math.max(12, assets / 50))
                .facilities(Math.max(6, assets / 500)).controlCenters(Math.max(2, assets / 5000));
    }

    /** {@code count} new assets desired under existing cyber systems (the schema is created first). */
    static void desireNewAssets(SyncFixture fixture, int first, int count) {
        // As the application migrates (history in schema raptor), so that its own Flyway finds nothing to do.
        Flyway.configure().dataSource(fixture.dataSource()).schemas("raptor").locations("classpath:db/migration")
                .load().migrate();
        List<String> systems = fixture.simulator().store().ids(ResourceType.CYBER_SYSTEM);
        for (int i = first; i < first + count; i++) {
            fixture.jdbc().sql("""
                    INSERT INTO raptor.cyber_asset_desired (external_ref, name, cyber_system_id, asset_type)
                    VALUES (:ref, :name, :system, 'hardware')
                    """).param("ref", "CMDB-" + i).param("name", DESIRED_PREFIX + i)
                    .param("system", systems.get(i % systems.size())).update();
        }
    }

    /**
     * Every desired asset exists exactly once, in the mirror (which the caller has checked equals the simulator's
     * data): no duplicate create, none missing.
     */
    static void assertEachDesiredCreatedOnce(SyncFixture fixture) {
        long desired = fixture.count("cyber_asset_desired");
        Map<String, Long> created = fixture.jdbc().sql("SELECT name, count(*) FROM raptor.cyber_asset"
                        + " WHERE deleted_at IS NULL AND name LIKE :prefix GROUP BY name")
                .param("prefix", DESIRED_PREFIX + "%")
                .query((row, n) -> Map.entry(row.getString(1), row.getLong(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(created).as("desired assets in Raptor Comply, each once").hasSize((int) desired)
                .allSatisfy((name, copies) -> assertThat(copies).as(name).isOne());
    }
}
