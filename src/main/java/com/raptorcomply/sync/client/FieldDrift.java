package com.raptorcomply.sync.client;

/**
 * A field of an accepted element whose JSON type differs from the API's description: kept as received in the
 * payload, counted and reported, never a reason to reject. E.g. {@code inService}: expected boolean, found string.
 */
public record FieldDrift(String field, String expected, String found) {
}
