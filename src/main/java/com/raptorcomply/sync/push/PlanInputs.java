package com.raptorcomply.sync.push;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the plan compares: the desired rows, the live mirror's cyber assets and cyber systems; and the links it makes. */
@Component
class PlanInputs {

    private final JdbcClient jdbc;

    PlanInputs(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    List<Desired> desired() {
        return jdbc.sql("""
                SELECT external_ref, remote_id, name, cyber_system_id, asset_type, attributes::text AS attributes,
                       delete_requested
                  FROM raptor.cyber_asset_desired ORDER BY external_ref
                """).query((rs, n) -> new Desired(rs.getString("external_ref"), rs.getString("remote_id"),
                        rs.getString("name"), rs.getString("cyber_system_id"), rs.getString("asset_type"),
                        PushJson.object(rs.getString("attributes")), rs.getBoolean("delete_requested"))).list();
    }

    /**
     * The live assets a desired row can refer to: its linked asset, and for an unlinked row every live asset of its
     * cyber system (a superset of its natural-key candidates). Never the whole mirror: with a million mirrored
     * assets and a small desired state the plan stays small. One set of ids, so that the mirror is read through its
     * indexes: written as two conditions joined by OR, it was scanned whole (73 ms of 100,000 assets for an empty
     * desired state, against 0.2 ms).
     */
    Map<String, MirrorAsset> liveAssets() {
        Map<String, MirrorAsset> live = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT a.id, a.cyber_system_id, a.name, a.payload::text AS payload FROM raptor.cyber_asset a
                 WHERE a.deleted_at IS NULL
                   AND a.id IN (SELECT remote_id FROM raptor.cyber_asset_desired WHERE remote_id IS NOT NULL
                                UNION ALL
                                SELECT c.id FROM raptor.cyber_asset c
                                 WHERE c.cyber_system_id IN (SELECT cyber_system_id FROM raptor.cyber_asset_desired
                                                              WHERE remote_id IS NULL))
                 ORDER BY a.id
                """).query((rs, n) -> new MirrorAsset(rs.getString("id"), rs.getString("cyber_system_id"),
                        rs.getString("name"), PushJson.read(rs.getString("payload"))))
                .list().forEach(asset -> live.put(asset.id(), asset));
        return live;
    }

    /** Every live asset's id, for mode {@code mirror}'s deletes of what no desired row claims. */
    Set<String> liveAssetIds() {
        return new HashSet<>(jdbc.sql("SELECT id FROM raptor.cyber_asset WHERE deleted_at IS NULL")
                .query(String.class).list());
    }

    Set<String> liveCyberSystems() {
        return new HashSet<>(jdbc.sql("SELECT id FROM raptor.cyber_system WHERE deleted_at IS NULL")
                .query(String.class).list());
    }

    /** Writes the links the plan made by natural key, so the desired rows carry them from now on. */
    void link(Map<String, String> links) {
        links.forEach((externalRef, remoteId) -> linkOne(externalRef, remoteId));
    }

    void linkOne(String externalRef, String remoteId) {
        jdbc.sql("UPDATE raptor.cyber_asset_desired SET remote_id = :remoteId, updated_at = now()"
                        + " WHERE external_ref = :ref AND remote_id IS DISTINCT FROM :remoteId")
                .param("remoteId", remoteId).param("ref", externalRef).update();
    }
}
