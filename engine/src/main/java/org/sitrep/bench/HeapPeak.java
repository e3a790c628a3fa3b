package org.sitrep.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The most heap this JVM has had in use at once since {@link #start()}: its use just before each
 * collection, when it is fullest, and now. The pools' own peaks are not added up: each pool peaks
 * at its own moment (the young one before each collection, the old one later), so their sum
 * overstates the heap ever in use, even beyond its maximum size.
 */
public final class HeapPeak {

    private static final AtomicLong PEAK = new AtomicLong();
    private static volatile boolean started;

    private HeapPeak() {
    }

    /** Starts listening to the JVM's collectors, once; call it before the work to be measured loads. */
    public static synchronized void start() {
        if (started) {
            return;
        }
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((n, handback) -> collected(n, heapPools), null, null);
            }
        }
        PEAK.accumulateAndGet(usedNow(), Math::max);
        started = true;
    }

    /** Bytes of heap in use at the fullest moment seen since {@link #start()}, now included. */
    public static long bytes() {
        return Math.max(PEAK.get(), usedNow());
    }

    private static void collected(Notification n, Set<String> heapPools) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long before = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                before += pool.getValue().getUsed();
            }
        }
        PEAK.accumulateAndGet(before, Math::max);
    }

    private static long usedNow() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
