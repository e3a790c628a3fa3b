package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeapPeakTest {

    private static volatile Object sink;

    @Test
    void keepsTheFullestMomentAfterTheMemoryIsFreedAndNeverExceedsTheHeap() {
        HeapPeak.start();
        long held = 64L << 20;
        sink = new byte[(int) held];
        assertTrue(HeapPeak.bytes() >= held, "a held array counts now: " + HeapPeak.bytes());
        sink = null;
        for (int i = 0; i < 200; i++) {
            sink = new byte[4 << 20]; // garbage enough for collections to free the array
        }
        assertTrue(HeapPeak.bytes() >= held, "the peak outlives the array: " + HeapPeak.bytes());
        assertTrue(HeapPeak.bytes() <= Runtime.getRuntime().maxMemory(), "never beyond the heap: " + HeapPeak.bytes());
    }
}
