package com.raptorcomply.sync.push;

/** What an import changed in {@code raptor.cyber_asset_desired}. */
public record ImportCounts(long inserted, long updated, long unchanged, long removed) {

    @Override
    public String toString() {
        return "inserted %d, updated %d, unchanged %d, removed %d".formatted(inserted, updated, unchanged, removed);
    }
}
