package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;
import org.sitrep.model.Polarity;
import org.sitrep.model.SitrepRecord;
import org.sitrep.store.Views.EventDetail;
import org.sitrep.store.Views.EventPage;
import org.sitrep.store.Views.MergedEvent;

class DuckDbStoreTest {

    @TempDir
    Path dir;

    private DuckDbStore store;

    @BeforeEach
    void fill() throws Exception {
        store = DuckDbStore.open(dir.resolve("test.duckdb"));
        for (var r : SampleRecords.all()) {
            store.put(r, "test");
        }
        store.mergeEvents();
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    @Test
    void ingestingTheSameArticleAgainLeavesOneCopy() throws Exception {
        store.put(SampleRecords.first(), "again");
        store.put(SampleRecords.first(), "and again");
        store.mergeEvents();
        assertEquals(new Views.Totals(3, 4, 3), store.totals());
        assertEquals("and again", store.article(SampleRecords.FIRST).orElseThrow().source());
    }

    @Test
    void mergesTheSameShellingReportedByTwoArticles() throws Exception {
        EventPage page = store.events(filter(null, null, List.of("ASSAULT")), EventSort.SOURCES_DESC, 0, 10);
        assertEquals(2, page.total());
        MergedEvent merged = page.events().get(0);
        assertEquals(2, merged.sourceCount());
        assertEquals("Coast Brigade", merged.actor());
        assertEquals("Port Alder", merged.place());
        assertEquals("2024-03-09", merged.firstDay());
        assertEquals("2024-03-10", merged.lastDay());
        assertEquals(4, merged.fatalities());
        assertEquals(1, page.events().get(1).sourceCount(), "600 km away is another event");
    }

    @Test
    void anUnlocatedPlaceShowsAtItsCountryCentre() throws Exception {
        MergedEvent protest = store.events(filter(null, null, List.of("PROTEST")), EventSort.DATE_DESC, 0, 10)
                .events().get(0);
        assertEquals("DE", protest.country());
        assertEquals("country", protest.coordPrecision());
        assertTrue(protest.lat() > 47 && protest.lat() < 55, "Germany's centre, not " + protest.lat());
        assertEquals("2024-03-10", protest.day(), "no date in the text: the publication day");
    }

    @Test
    void aPlaceKnownByNameAloneShowsAtTheArticlesMainCountryMarkedAsAGuess() throws Exception {
        SitrepRecord one = SampleRecords.first();
        Place unknown = new Place("P3", "Old Mill", PlaceKind.LOCALITY, null, null, null, null, null, null, List.of(),
                List.of());
        Event e = one.events().get(1);
        Event atMill = new Event("E3", EventType.PROTEST, null, null, null, null, null, "P3", "2024-03-10", "day",
                List.of(), null, null, Polarity.ASSERTED, e.evidence(), 0.5);
        List<Place> places = new ArrayList<>(one.places());
        places.add(unknown);
        List<Event> events = new ArrayList<>(one.events());
        events.add(atMill);
        store.put(new SitrepRecord(one.article(), one.actors(), places, events, one.quotes(), List.of()), "test");
        store.mergeEvents();
        MergedEvent mill = store.events(new EventFilter(null, null, null, List.of(), null, null, null, null, "old mill"),
                EventSort.DATE_DESC, 0, 10).events().stream().filter(m -> "Old Mill".equals(m.place())).findFirst()
                .orElseThrow();
        assertEquals("article-country", mill.coordPrecision());
        assertNull(mill.country(), "the guess gives no country to filter by");
        assertTrue(mill.lat() != null && mill.lon() != null);
    }

    @Test
    void filtersByTimeBoxActorCountryPolarityAndText() throws Exception {
        assertEquals(3, count(EventFilter.ALL));
        assertEquals(2, count(new EventFilter(LocalDate.of(2024, 3, 10), null, null, List.of(), null, null, null,
                null, null)));
        assertEquals(1, count(new EventFilter(null, null, new double[] {5, 43, 6, 44}, List.of(), null, null, null,
                null, null)));
        assertEquals(2, count(new EventFilter(null, null, null, List.of(), null, "coast brig", null, null, null)));
        assertEquals(1, count(new EventFilter(null, null, null, List.of(), null, null, "DE", null, null)));
        assertEquals(0, count(new EventFilter(null, null, null, List.of(), null, null, null, "negated", null)));
        assertEquals(1, count(new EventFilter(null, null, null, List.of(), null, null, null, null, "harbour ALDER")));
        assertEquals(0, count(new EventFilter(null, null, null, List.of(), null, "%", null, null, null)),
                "a % in a name is a character, not a wildcard");
    }

    @Test
    void anEventCarriesItsSourcesEvidenceInContextAndQuotes() throws Exception {
        String id = store.events(filter(null, null, List.of("ASSAULT")), EventSort.SOURCES_DESC, 0, 1)
                .events().get(0).id();
        EventDetail d = store.event(id).orElseThrow();
        assertEquals(List.of(SampleRecords.FIRST, SampleRecords.SECOND),
                d.sources().stream().map(Views.EventSource::articleId).toList());
        assertTrue(d.actors().containsAll(List.of("Coast Brigade", "fishermen")), d.actors().toString());
        assertTrue(d.sources().get(0).after().startsWith(" Dock workers"), d.sources().get(0).after());
        assertEquals(1, d.quotes().size());
        assertEquals("Ana Riel", d.quotes().get(0).speaker());
        assertFalse(store.event("ev-none").isPresent());
    }

    @Test
    void timelineCountsMergedEventsPerDay() throws Exception {
        assertEquals(List.of(new Views.DayCount("2024-03-09", 2), new Views.DayCount("2024-03-10", 1)),
                store.timeline(EventFilter.ALL));
    }

    @Test
    void exportListsEachSourceOnce() throws Exception {
        List<List<String>> sources = new ArrayList<>();
        store.export(filter(null, null, List.of("ASSAULT")), EventSort.SOURCES_DESC, (e, s) -> sources.add(s));
        assertEquals(List.of("https://example.org/one", "https://example.org/two"),
                sources.get(0).stream().sorted().toList());
        assertEquals(List.of("Eastfield shelled"), sources.get(1), "no URL: the headline names the source");
    }

    @Test
    void actorsAndPlacesAreCountedByArticle() throws Exception {
        assertEquals(3, store.actors("coast", 10).get(0).articles());
        var places = store.places(null, 10);
        assertEquals("Port Alder", places.get(0).name());
        assertNull(places.stream().filter(p -> p.name().equals("Millbrook")).findFirst().orElseThrow().lat());
    }

    private long count(EventFilter f) throws Exception {
        return store.events(f, EventSort.DATE_DESC, 0, 100).total();
    }

    private static EventFilter filter(LocalDate from, LocalDate to, List<String> types) {
        return new EventFilter(from, to, null, types, null, null, null, null, null);
    }
}
