package com.raptorcomply.sync.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.raptorcomply.sync.push.PlannedWrite.LocalFailure;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares the desired rows with the live mirror, in the server's dialect: links unlinked rows by natural key
 * (never guessing between two candidates), then plans a create, an update of the changed fields only, or a delete.
 */
final class Planner {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Map<String, MirrorAsset> live;
    private final Set<String> liveIds;
    private final Set<String> liveSystems;
    private final AssetFields fields;
    private final PushMode mode;

    /**
     * {@code live}: the live assets the desired rows can refer to (see {@link PlanInputs#liveAssets()});
     * {@code liveIds}: every live asset's id, read only in mode {@code mirror} to delete the unclaimed ones.
     */
    Planner(Map<String, MirrorAsset> live, Set<String> liveIds, Set<String> liveSystems, AssetFields fields,
            PushMode mode) {
        this.live = live;
        this.liveIds = liveIds;
        this.liveSystems = liveSystems;
        this.fields = fields;
        this.mode = mode;
    }

    Plan plan(List<Desired> desired) {
        Set<String> claimed = desired.stream().map(Desired::remoteId).filter(id -> id != null)
                .collect(Collectors.toCollection(HashSet::new));
        Map<String, List<MirrorAsset>> byKey = live.values().stream()
                .collect(Collectors.groupingBy(MirrorAsset::naturalKey));
        List<PlannedWrite> writes = new ArrayList<>();
        Map<String, String> links = new LinkedHashMap<>();
        for (Desired row : desired) {
            Desired linked = row;
            if (row.remoteId() == null) {
                List<MirrorAsset> candidates = byKey.getOrDefault(row.naturalKey(), List.of()).stream()
                        .filter(asset -> !claimed.contains(asset.id())).toList();
                if (candidates.size() > 1) {
                    writes.add(ambiguous(row, candidates));
                    continue;
                }
                if (candidates.size() == 1) {
                    linked = row.withRemoteId(candidates.get(0).id());
                    claimed.add(linked.remoteId());
                    links.put(row.externalRef(), linked.remoteId());
                }
            }
            planRow(linked, writes);
        }
        if (mode == PushMode.MIRROR) {
            liveIds.stream().filter(id -> !claimed.contains(id)).sorted()
                    .forEach(id -> writes.add(new PlannedWrite(PushAction.DELETE, null, id, null, null, null)));
        }
        return new Plan(writes, links);
    }

    private void planRow(Desired row, List<PlannedWrite> writes) {
        MirrorAsset remote = row.remoteId() == null ? null : live.get(row.remoteId());
        if (row.deleteRequested()) {
            if (remote != null) {
                writes.add(new PlannedWrite(PushAction.DELETE, row.externalRef(), remote.id(), null, null, null));
            }
        } else if (remote == null) {
            writes.add(create(row));
        } else {
            ObjectNode changes = changes(row, remote.payload());
            if (!changes.isEmpty()) {
                writes.add(update(row, remote, changes));
            }
        }
    }

    private PlannedWrite create(Desired row) {
        ObjectNode body = body(row);
        ObjectNode changes = JSON.objectNode();
        body.properties().forEach(field -> changes.set(field.getKey(), change(null, field.getValue())));
        LocalFailure failure = null;
        if (!liveSystems.contains(row.cyberSystemId())) {
            failure = new LocalFailure("unknown_cyber_system", fields.cyberSystemId(), "cyber system "
                    + row.cyberSystemId() + " is not in Raptor Comply (not a live cyber system of the mirror)");
        } else {
            failure = fields.requiredAttributes().stream()
                    .filter(field -> !body.hasNonNull(field)).findFirst()
                    .map(field -> new LocalFailure("missing_required_field", field, "field " + field
                            + " is required to create a cyber asset (OpenAPI dialect): add it as a column"))
                    .orElse(null);
        }
        return new PlannedWrite(PushAction.CREATE, row.externalRef(), null, failure == null ? body : null, changes,
                failure);
    }

    private PlannedWrite update(Desired row, MirrorAsset remote, ObjectNode changes) {
        if (fields == AssetFields.OPENAPI && changes.has(fields.cyberSystemId())) {
            return new PlannedWrite(PushAction.UPDATE, row.externalRef(), remote.id(), null, changes,
                    new LocalFailure("cyber_system_change", fields.cyberSystemId(), "cyberSystemId cannot be"
                            + " changed by PATCH in the OpenAPI dialect (" + remote.cyberSystemId() + " -> "
                            + row.cyberSystemId() + "): move the asset in Raptor Comply, or delete it and clear"
                            + " remote_id to create it anew"));
        }
        ObjectNode request = JSON.objectNode();
        changes.properties().forEach(field -> request.set(field.getKey(), field.getValue().get("new")));
        return new PlannedWrite(PushAction.UPDATE, row.externalRef(), remote.id(), request, changes, null);
    }

    /** Every desired field that disagrees with the remote payload, as {@code field -> {old, new}}. */
    ObjectNode changes(Desired row, JsonNode payload) {
        ObjectNode changes = JSON.objectNode();
        body(row).properties().forEach(field -> {
            JsonNode remote = payload.get(field.getKey());
            if (!AssetFields.agree(field.getValue(), remote)) {
                changes.set(field.getKey(), change(remote, field.getValue()));
            }
        });
        return changes;
    }

    /** The desired row as a whole body in the server's spelling: the three fields, then the attributes. */
    private ObjectNode body(Desired row) {
        ObjectNode body = JSON.objectNode();
        body.set(fields.name(), TextNode.valueOf(row.name()));
        body.set(fields.cyberSystemId(), TextNode.valueOf(row.cyberSystemId()));
        body.set(fields.assetType(), TextNode.valueOf(row.assetType()));
        row.attributes().properties().forEach(field -> body.putIfAbsent(field.getKey(), field.getValue()));
        return body;
    }

    private static ObjectNode change(JsonNode old, JsonNode now) {
        ObjectNode change = JSON.objectNode();
        change.set("old", old == null ? JSON.nullNode() : old);
        change.set("new", now);
        return change;
    }

    private static PlannedWrite ambiguous(Desired row, List<MirrorAsset> candidates) {
        String ids = candidates.stream().map(MirrorAsset::id).sorted().collect(Collectors.joining(", "));
        return new PlannedWrite(PushAction.CREATE, row.externalRef(), null, null, null, new LocalFailure(
                "ambiguous_link", null, candidates.size() + " live remote assets have this cyber system and name ("
                + ids + "): set remote_id on the desired row to the right one"));
    }
}
