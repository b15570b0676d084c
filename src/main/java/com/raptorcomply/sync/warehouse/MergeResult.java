package com.raptorcomply.sync.warehouse;

import com.raptorcomply.sync.client.ResourceType;

/**
 * Outcome of one merge. When {@code shrinkBlocked} the merge changed nothing (counts are all zero, the staged
 * list is kept) and the run should stop with exit 4; {@code shrink} holds the numbers either way.
 */
public record MergeResult(ResourceType type, MergeCounts counts, ShrinkCheck shrink, boolean shrinkBlocked) {

    static MergeResult blocked(ResourceType type, ShrinkCheck shrink) {
        return new MergeResult(type, MergeCounts.NONE, shrink, true);
    }

    static MergeResult merged(ResourceType type, MergeCounts counts, ShrinkCheck shrink) {
        return new MergeResult(type, counts, shrink, false);
    }
}
