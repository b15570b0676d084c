package com.raptorcomply.sync.push;

import com.fasterxml.jackson.databind.JsonNode;

/** A live cyber asset of the mirror: its id, natural key parts and the payload as the API last sent it. */
record MirrorAsset(String id, String cyberSystemId, String name, JsonNode payload) {

    String naturalKey() {
        return Desired.naturalKey(cyberSystemId, name);
    }
}
