package com.raptorcomply.sync.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.testing.TestDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The plan reads only the part of the mirror the desired rows can refer to, never the whole mirror. */
class PlanInputsTest {

    private static final DataSource DATABASE = TestDatabase.migrated().toDataSource();

    private final JdbcClient jdbc = JdbcClient.create(DATABASE);
    private final PlanInputs inputs = new PlanInputs(DATABASE);

    @BeforeEach
    void emptyWarehouse() {
        TestDatabase.truncateWarehouse(DATABASE);
    }

    @Test
    void readsTheLinkedAssetsAndTheCyberSystemsOfUnlinkedRowsOnly() {
        mirror("ca_linked", "cs_far", null);
        mirror("ca_same_system_1", "cs_near", null);
        mirror("ca_same_system_2", "cs_near", null);
        mirror("ca_unrelated", "cs_other", null);
        mirror("ca_gone", "cs_near", "2026-01-01T00:00:00Z");
        desired("ref-linked", "ca_linked", "cs_far");
        desired("ref-unlinked", null, "cs_near");

        assertThat(inputs.liveAssets()).containsOnlyKeys("ca_linked", "ca_same_system_1", "ca_same_system_2");
        assertThat(inputs.liveAssetIds())
                .containsExactlyInAnyOrder("ca_linked", "ca_same_system_1", "ca_same_system_2", "ca_unrelated");
    }

    @Test
    void readsNothingWhenNothingIsDesired() {
        mirror("ca_1", "cs_1", null);

        assertThat(inputs.liveAssets()).isEmpty();
    }

    private void mirror(String id, String cyberSystemId, String deletedAt) {
        jdbc.sql("""
                INSERT INTO raptor.cyber_asset (id, name, cyber_system_id, asset_type, payload, first_seen_at,
                                                last_seen_at, deleted_at)
                VALUES (:id, :id, :system, 'BCA', CAST(:payload AS jsonb), now(), now(), CAST(:deletedAt AS timestamptz))
                """).param("id", id).param("system", cyberSystemId).param("deletedAt", deletedAt)
                .param("payload", "{\"id\":\"" + id + "\"}").update();
    }

    private void desired(String externalRef, String remoteId, String cyberSystemId) {
        jdbc.sql("""
                INSERT INTO raptor.cyber_asset_desired (external_ref, remote_id, name, cyber_system_id, asset_type)
                VALUES (:ref, :remoteId, :ref, :system, 'BCA')
                """).param("ref", externalRef).param("remoteId", remoteId).param("system", cyberSystemId).update();
    }
}
