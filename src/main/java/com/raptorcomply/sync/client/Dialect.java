package com.raptorcomply.sync.client;

/**
 * The two spellings of the API: the human-written docs (snake_case, prefixed ids) and the OpenAPI file
 * (camelCase, UUIDs). Reads accept both; writes use the one the server speaks.
 */
public enum Dialect {
    DOCS,
    OPENAPI
}
