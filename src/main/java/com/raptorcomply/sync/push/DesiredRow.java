package com.raptorcomply.sync.push;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One desired cyber asset as imported: the first-class fields, further API fields, and the delete request. */
record DesiredRow(String externalRef, String name, String cyberSystemId, String assetType,
                         Map<String, Object> attributes, boolean deleteRequested) {

    DesiredRow {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }
}
