package com.raptorcomply.sync.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A create or patch body for a cyber asset, in dialect-neutral form: the three fields every dialect has, plus
 * further API fields already spelled in the server's dialect (values may be null, to clear a field). For a patch, null
 * {@code name}, {@code cyberSystemId} or {@code assetType} are left out.
 */
public record CyberAssetWrite(String name, String cyberSystemId, String assetType, Map<String, Object> attributes) {

    public CyberAssetWrite {
        attributes = Collections.unmodifiableMap(attributes == null ? new LinkedHashMap<>() : new LinkedHashMap<>(attributes));
    }
}
