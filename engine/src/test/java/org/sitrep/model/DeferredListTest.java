package org.sitrep.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DeferredListTest {

    @Test
    void computesOnFirstReadOnlyAndKeepsTheValue() {
        AtomicInteger calls = new AtomicInteger();
        DeferredList<String> list = new DeferredList<>(() -> {
            calls.incrementAndGet();
            return List.of("a", "b");
        });
        assertFalse(list.isEmpty());
        assertFalse(list.computed());
        assertEquals(0, calls.get());
        assertEquals(List.of("a", "b"), list);
        assertEquals("b", list.get(1));
        assertEquals(List.of("a", "b"), list.stream().toList());
        assertEquals("a", list.iterator().next());
        assertEquals(2, list.size());
        assertTrue(list.computed());
        assertEquals(1, calls.get());
    }

    @Test
    void isUnmodifiableAndIndependentOfTheSuppliersList() {
        List<String> source = new ArrayList<>(List.of("a"));
        DeferredList<String> list = new DeferredList<>(() -> source);
        assertEquals(1, list.size());
        source.add("b");
        assertEquals(List.of("a"), list);
        assertThrows(UnsupportedOperationException.class, () -> list.add("c"));
    }

    @Test
    void anEmptyResultBreaksThePromiseAndFailsWhenRead() {
        DeferredList<String> list = new DeferredList<>(List::of);
        IllegalStateException e = assertThrows(IllegalStateException.class, list::size);
        assertTrue(e.getMessage().contains("no element"), e.getMessage());
    }

    @Test
    void threadsReadingAtOnceRunTheSupplierOnce() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        DeferredList<Integer> list = new DeferredList<>(() -> List.of(calls.incrementAndGet()));
        List<Thread> threads = new ArrayList<>();
        List<Integer> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                seen.add(list.get(0));
            });
            t.start();
            threads.add(t);
        }
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(1, calls.get());
        assertEquals(List.of(1, 1, 1, 1, 1, 1, 1, 1), seen);
    }

    @Test
    void aSentenceKeepsADeferredParseAsGiven() {
        DeferredList<Dependency> parse = new DeferredList<>(() -> List.of(new Dependency(-1, 0, "root")));
        Sentence s = new Sentence(0, new Span(0, 4), "Stop", List.of(new Token(0, "Stop", "stop", "VB", "O", 0, 4)),
                parse, List.of(), List.of());
        assertSame(parse, s.dependencies());
        assertFalse(parse.computed());
        assertEquals(0, s.parentOf(0).dep());
    }
}
