package com.raptorcomply.sync.client;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one way the rest of the code talks to Raptor Comply. Reads accept both dialects; writes use the dialect
 * the server speaks. Every failure is a {@link RaptorComplyException} subtype.
 */
public interface RaptorComplyClient {

    /** Streams the whole list of one resource; close the cursor when done. */
    RecordCursor<? extends RemoteRecord> list(ResourceType type);

    /**
     * As {@link #list(ResourceType)}, for a pull: an element {@code known} holds comes as {@link ListItem.Held},
     * not parsed. {@code known} is asked for once, when the first element has arrived, so the warehouse can read it
     * while the request is under way; its failure fails the list. A client that cannot tell parses every element.
     */
    default RecordCursor<? extends RemoteRecord> list(ResourceType type, Supplier<KnownTexts> known) {
        return list(type);
    }

    /** One record by id; empty on 404. */
    Optional<RemoteRecord> get(ResourceType type, String id);

    /**
     * Creates a cyber asset (201). Never retried: an ambiguous failure raises {@link OutcomeUnknownException}.
     */
    RemoteRecord createCyberAsset(CyberAssetWrite body);

    /** Partial update (200 + full object); only the non-null parts of {@code changes} are sent. */
    RemoteRecord patchCyberAsset(String id, CyberAssetWrite changes);

    /** Deletes a cyber asset; true when it was deleted now, false when it was already gone (404). */
    boolean deleteCyberAsset(String id);

    /**
     * Asks the API something that costs it almost nothing, with {@code key} instead of the current key:
     * empty when the key works, else why it was refused. Never retried on 401.
     */
    Optional<AuthFailure> probe(ApiKey key);

    /** The dialect used for writes: configured, or detected from the first response that showed it. */
    Dialect dialect();
}
