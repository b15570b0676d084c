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

    Map<String, MirrorAsset> liveAssets() {
        Map<String, MirrorAsset> live = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT id, cyber_system_id, name, payload::text AS payload FROM raptor.cyber_asset
                 WHERE deleted_at IS NULL ORDER BY id
                """).query((rs, n) -> new MirrorAsset(rs.getString("id"), rs.getString("cyber_system_id"),
                        rs.getString("name"), PushJson.read(rs.getString("payload"))))
                .list().forEach(asset -> live.put(asset.id(), asset));
        return live;
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
