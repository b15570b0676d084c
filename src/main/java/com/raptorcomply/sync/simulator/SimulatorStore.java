package com.raptorcomply.sync.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.raptorcomply.sync.client.ResourceType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The simulated organization's data: the seeded records, generated on demand, plus the changes made since
 * (through the API or by a test). Records go in and out as copies; field names follow the simulator's dialect.
 */
public final class SimulatorStore {

    private final DataSet data;
    private final Fields fields;
    private final Map<ResourceType, Overrides> overrides = new EnumMap<>(ResourceType.class);

    SimulatorStore(DataSet data) {
        this.data = data;
        this.fields = Fields.of(data.dialect());
        for (ResourceType type : ResourceType.values()) {
            overrides.put(type, new Overrides());
        }
    }

    /** Ids of the records a list would return, in list order. */
    public List<String> ids(ResourceType type) {
        Overrides changes = overrides.get(type);
        List<String> ids = new ArrayList<>(count(type));
        for (int index = 0; index < data.layout().count(type); index++) {
            String id = data.id(type, index);
            if (!changes.removed.contains(id)) {
                ids.add(id);
            }
        }
        ids.addAll(changes.addedIds());
        return ids;
    }

    /** How many records a list would return (including those marked deleted). */
    public int count(ResourceType type) {
        Overrides changes = overrides.get(type);
        return data.layout().count(type) - changes.removed.size() + changes.added.size();
    }

    public Optional<ObjectNode> get(ResourceType type, String id) {
        return find(type, id).map(ObjectNode::deepCopy);
    }

    /** Creates the record or replaces the one with the same {@code id}; brings back a removed one. */
    public void put(ResourceType type, ObjectNode record) {
        String id = record.path("id").textValue();
        if (id == null) {
            throw new IllegalArgumentException("a record needs a string id");
        }
        Overrides changes = overrides.get(type);
        synchronized (changes) {
            if (data.indexOf(type, id) >= 0) {
                changes.removed.remove(id);
                changes.replaced.put(id, record.deepCopy());
            } else {
                changes.added.put(id, record.deepCopy());
            }
        }
    }

    /**
     * Changes a record in place and moves its {@code updatedAt} on (unless the change set it).
     *
     * @return the changed record, or empty when there is no record with this id
     */
    public Optional<ObjectNode> update(ResourceType type, String id, Consumer<ObjectNode> change) {
        Objects.requireNonNull(change, "change");
        synchronized (overrides.get(type)) {
            Optional<ObjectNode> current = find(type, id);
            if (current.isEmpty()) {
                return Optional.empty();
            }
            ObjectNode record = current.get().deepCopy();
            String before = record.path(fields.updatedAt()).textValue();
            change.accept(record);
            if (record.has(fields.updatedAt()) && Objects.equals(before, record.path(fields.updatedAt()).textValue())) {
                record.put(fields.updatedAt(), data.time().after(before));
            }
            record.put("id", id);
            put(type, record);
            return Optional.of(record.deepCopy());
        }
    }

    /** Takes the record out of every list; {@code false} when there was none. */
    public boolean remove(ResourceType type, String id) {
        Overrides changes = overrides.get(type);
        synchronized (changes) {
            if (data.indexOf(type, id) >= 0) {
                changes.replaced.remove(id);
                return changes.removed.add(id);
            }
            return changes.added.remove(id) != null;
        }
    }

    /** Soft-deletes: the record stays listed with {@code isDeleted: true} and {@code deletedAt} set. */
    public boolean markDeleted(ResourceType type, String id) {
        return update(type, id, record -> {
            record.put(fields.isDeleted(), true);
            record.put(fields.deletedAt(), data.time().now());
        }).isPresent();
    }

    /**
     * Appends {@code json} verbatim to the list of {@code type}, after every record: for hostile input no record
     * can hold (a key twice, an unpaired surrogate escape). Not served by the single-record endpoints.
     */
    public void appendRaw(ResourceType type, String json) {
        overrides.get(type).rawElements.add(Objects.requireNonNull(json, "json"));
    }

    /**
     * Appends an element of {@code head}, {@code padding} times 'x', then {@code tail} to the list of {@code type},
     * after the raw ones: a huge element (e.g. {@code {"id": "ca_1", "notes": "} ... {@code "}}) that the simulator
     * generates as it serves it instead of holding it.
     */
    public void appendPadded(ResourceType type, String head, int padding, String tail) {
        overrides.get(type).paddedElements.add(new PaddedElement(Objects.requireNonNull(head, "head"), padding,
                Objects.requireNonNull(tail, "tail")));
    }

    List<PaddedElement> paddedElements(ResourceType type) {
        synchronized (overrides.get(type).paddedElements) {
            return new ArrayList<>(overrides.get(type).paddedElements);
        }
    }

    /** The verbatim elements appended to the list of {@code type}. */
    List<String> rawElements(ResourceType type) {
        synchronized (overrides.get(type).rawElements) {
            return new ArrayList<>(overrides.get(type).rawElements);
        }
    }

    /** Feeds every listed record to {@code sink}, generating seeded ones one at a time. */
    void forEachListed(ResourceType type, RecordSink sink) throws IOException {
        Overrides changes = overrides.get(type);
        for (int index = 0; index < data.layout().count(type); index++) {
            if (!changes.touchesSeeded()) {
                sink.accept(data.generate(type, index));
                continue;
            }
            String id = data.id(type, index);
            if (!changes.removed.contains(id)) {
                ObjectNode replaced = changes.replaced.get(id);
                sink.accept(replaced != null ? replaced : data.generate(type, index));
            }
        }
        for (ObjectNode added : changes.addedSnapshot()) {
            sink.accept(added);
        }
    }

    /** A listed, not soft-deleted record with this id exists. */
    boolean isLive(ResourceType type, String id) {
        return find(type, id).filter(record -> !record.path(fields.isDeleted()).asBoolean(false)).isPresent();
    }

    /** How many records the store holds beyond the seed (stays 0 however large the seeded data set is). */
    int heldRecords() {
        return overrides.values().stream().mapToInt(Overrides::size).sum();
    }

    /** Where listed records go, one at a time. */
    interface RecordSink {
        void accept(ObjectNode record) throws IOException;
    }

    private Optional<ObjectNode> find(ResourceType type, String id) {
        Overrides changes = overrides.get(type);
        ObjectNode added = id == null ? null : changes.added.get(id);
        if (added != null) {
            return Optional.of(added);
        }
        int index = data.indexOf(type, id);
        if (index < 0 || changes.removed.contains(id)) {
            return Optional.empty();
        }
        ObjectNode replaced = changes.replaced.get(id);
        return Optional.of(replaced != null ? replaced : data.generate(type, index));
    }
}
