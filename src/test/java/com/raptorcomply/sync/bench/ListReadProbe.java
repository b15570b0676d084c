package com.raptorcomply.sync.bench;

import com.raptorcomply.sync.client.ApiKey;
import com.raptorcomply.sync.client.ClientSettings;
import com.raptorcomply.sync.client.KeySlot;
import com.raptorcomply.sync.client.ListItem;
import com.raptorcomply.sync.client.RaptorComplyClients;
import com.raptorcomply.sync.client.ResourceType;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Optional;

/**
 * Streams the cyber-asset list of a Raptor Comply (or simulator) at {@code args[0]} with key {@code args[1]} and
 * prints one line: {@code elements=N seconds=S per_second=R peak_heap_mb=M max_heap_mb=X}. Run it in a JVM with a
 * small heap to show that memory stays flat whatever the list's length.
 */
public final class ListReadProbe {

    private ListReadProbe() {
    }

    public static void main(String[] args) {
        var key = new ApiKey(KeySlot.PRIMARY, args[1]);
        var client = RaptorComplyClients.create(ClientSettings.defaults(args[0]), () -> Optional.of(key));
        long started = System.nanoTime();
        long accepted = 0;
        try (var cursor = client.list(ResourceType.CYBER_ASSET)) {
            while (cursor.hasNext()) {
                accepted += cursor.next() instanceof ListItem.Accepted<?> ? 1 : 0;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "elements=%d seconds=%.2f per_second=%.0f peak_heap_mb=%.1f max_heap_mb=%.0f%n",
                accepted, seconds, accepted / seconds, peakHeapMb(), Runtime.getRuntime().maxMemory() / 1048576.0);
    }

    /** The sum of the heap pools' peak usage since the JVM started. */
    static double peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage)
                .mapToLong(usage -> usage.getUsed())
                .sum() / 1048576.0;
    }
}
