package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrossArticleMergeTest {

    private final CrossArticleMerge merge = CrossArticleMerge.DEFAULT;

    @Test
    void sameTypeActorAndPlaceTwoDaysApartIsOneEvent() {
        assertTrue(merge.same(ev("a", "ASSAULT", "The Coast Brigade", null, 43.3, 5.4, "2024-03-09"),
                ev("b", "ASSAULT", "coast brigade", null, 43.5, 5.5, "2024-03-11")));
    }

    @Test
    void threeDaysApartIsAnotherEvent() {
        assertFalse(merge.same(ev("a", "ASSAULT", "Coast Brigade", null, 43.3, 5.4, "2024-03-09"),
                ev("b", "ASSAULT", "Coast Brigade", null, 43.3, 5.4, "2024-03-12")));
    }

    @Test
    void anotherTypeActorOrFarPlaceIsAnotherEvent() {
        StoredEvent base = ev("a", "ASSAULT", "Coast Brigade", null, 43.3, 5.4, "2024-03-09");
        assertFalse(merge.same(base, ev("b", "PROTEST", "Coast Brigade", null, 43.3, 5.4, "2024-03-09")));
        assertFalse(merge.same(base, ev("b", "ASSAULT", "Hill Militia", null, 43.3, 5.4, "2024-03-09")));
        assertFalse(merge.same(base, ev("b", "ASSAULT", "Coast Brigade", null, 48.6, 7.7, "2024-03-09")));
    }

    @Test
    void eventsOfOneArticleAreNeverMergedHere() {
        assertFalse(merge.same(ev("a", "ASSAULT", "Coast Brigade", null, 43.3, 5.4, "2024-03-09"),
                ev("a", "ASSAULT", "Coast Brigade", null, 43.3, 5.4, "2024-03-09")));
    }

    @Test
    void nothingSharedButTheTypeIsNotEnough() {
        assertFalse(merge.same(ev("a", "ASSAULT", null, null, null, null, "2024-03-09"),
                ev("b", "ASSAULT", null, null, null, null, "2024-03-09")));
    }

    @Test
    void anUnknownActorDoesNotConflictWithAKnownOne() {
        assertTrue(merge.same(ev("a", "ASSAULT", "Coast Brigade", null, 43.3, 5.4, "2024-03-09"),
                ev("b", "ASSAULT", null, null, 43.31, 5.41, "2024-03-09")));
    }

    @Test
    void groupsAreTransitive() {
        List<List<StoredEvent>> groups = merge.groups(List.of(
                ev("a", "ASSAULT", "Coast Brigade", null, 43.3, 5.4, "2024-03-09"),
                ev("b", "ASSAULT", null, null, 43.3, 5.4, "2024-03-11"),
                ev("c", "ASSAULT", null, null, 43.3, 5.4, "2024-03-13"),
                ev("d", "ASSAULT", null, null, 10.0, 10.0, "2024-03-13")));
        assertEquals(List.of(3, 1), groups.stream().map(List::size).toList());
    }

    @Test
    void kilometresAreGreatCircleDistances() {
        assertEquals(111.2, CrossArticleMerge.km(0, 0, 1, 0), 0.1);
        assertEquals(0, CrossArticleMerge.km(43.3, 5.4, 43.3, 5.4), 1e-9);
    }

    private static StoredEvent ev(String article, String type, String actor, String target, Double lat, Double lon,
                                  String day) {
        return new StoredEvent(article, "E1", type, null, null, null, null, null, actor, null, target, null, null,
                lat == null ? null : "FR", lat, lon, lat == null ? null : "locality", day, "day", LocalDate.parse(day),
                null, null, "asserted", "text", 0, 4, 0.8);
    }
}
