package com.raptorcomply.sync.client;

import com.fasterxml.jackson.databind.JsonNode;

/** A record read from one of the list or get endpoints, mapped from either dialect. */
public sealed interface RemoteRecord permits Facility, ControlCenter, CyberSystem, CyberAsset {

    /** The API's id, an opaque string (prefixed or UUID): never parsed. */
    String id();

    /** Display name, from whichever field the dialect uses. */
    String name();

    /** True when the API marks the record {@code isDeleted: true}: a deletion upstream. */
    boolean deleted();

    /** The record's JSON exactly as received, unknown fields included. */
    JsonNode raw();

    ResourceType type();
}
