package org.sitrep.store;

import java.time.LocalDateTime;
import java.util.List;
import org.sitrep.model.AcledType;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;
import org.sitrep.model.Polarity;
import org.sitrep.model.Quote;
import org.sitrep.model.SitrepRecord;
import org.sitrep.model.Span;

/**
 * Hand-made records of three invented articles for store, API and page tests: two report the
 * same shelling of the invented town of Port Alder a day apart, the third one far away.
 */
public final class SampleRecords {

    public static final String FIRST = "sample-one";
    public static final String SECOND = "sample-two";
    public static final String FAR = "sample-far";

    private SampleRecords() {
    }

    public static List<SitrepRecord> all() {
        return List.of(first(), second(), far());
    }

    /** Shelling of Port Alder by the Coast Brigade, a protest at an unlocated place, a quote. */
    public static SitrepRecord first() {
        String s1 = "The Coast Brigade shelled the harbour of Port Alder on Saturday, killing four fishermen.";
        String s2 = " Dock workers protested in Millbrook on Sunday.";
        String q = " \"We answered fire,\" said Colonel Ana Riel of the Coast Brigade.";
        String text = s1 + s2 + q;
        int qStart = text.indexOf("We answered");
        Article article = new Article(FIRST, "https://example.org/one", "Port Alder shelled",
                LocalDateTime.of(2024, 3, 10, 9, 0), null, null, "en", List.of(), text, List.of());
        List<Actor> actors = List.of(
                actor("A1", "Coast Brigade", ActorKind.ARMED_GROUP, text.indexOf("Coast Brigade")),
                actor("A2", "fishermen", ActorKind.CIVILIANS, text.indexOf("fishermen")),
                new Actor("A3", "Ana Riel", ActorKind.PERSON, null, "colonel", "A1", List.of(),
                        List.of(new Span(text.indexOf("Ana Riel"), text.indexOf("Ana Riel") + 8))),
                actor("A4", "dock workers", ActorKind.CIVILIANS, text.indexOf("Dock workers")));
        List<Place> places = List.of(
                new Place("P1", "Port Alder", PlaceKind.LOCALITY, "FR", null, 43.30, 5.40, PlaceKind.LOCALITY,
                        "test:1", List.of(), List.of(new Span(text.indexOf("Port Alder"), text.indexOf("Port Alder") + 10))),
                new Place("P2", "Millbrook", PlaceKind.LOCALITY, "DE", null, null, null, null, null, List.of(),
                        List.of(new Span(text.indexOf("Millbrook"), text.indexOf("Millbrook") + 9))));
        List<Event> events = List.of(
                event("E1", EventType.ASSAULT, "A1", "A2", "P1", "2024-03-09", 4, s1, 0, 0.9),
                event("E2", EventType.PROTEST, "A4", null, "P2", null, null, s2.strip(), s1.length() + 1, 0.7));
        List<Quote> quotes = List.of(new Quote("We answered fire,", "A3", "Colonel Ana Riel", null, qStart,
                qStart + "We answered fire,".length()));
        return new SitrepRecord(article, actors, places, events, quotes, List.of());
    }

    /** The same shelling a day later, from another paper, with slightly different coordinates. */
    public static SitrepRecord second() {
        String s1 = "Artillery of the Coast Brigade hit Port Alder again overnight, residents said.";
        Article article = new Article(SECOND, "https://example.org/two", "Port Alder hit again",
                LocalDateTime.of(2024, 3, 11, 7, 30), null, null, "en", List.of(), s1, List.of());
        List<Actor> actors = List.of(actor("A1", "Coast Brigade", ActorKind.ARMED_GROUP, s1.indexOf("Coast")));
        List<Place> places = List.of(new Place("P1", "Port Alder", PlaceKind.LOCALITY, "FR", null, 43.31, 5.41,
                PlaceKind.LOCALITY, "test:1", List.of(), List.of(new Span(s1.indexOf("Port"), s1.indexOf("Port") + 10))));
        List<Event> events = List.of(event("E1", EventType.ASSAULT, "A1", null, "P1", "2024-03-10", null, s1, 0, 0.8));
        return new SitrepRecord(article, actors, places, events, List.of(), List.of());
    }

    /** A shelling on the same day by the same brigade, but 600 km away: another event. */
    public static SitrepRecord far() {
        String s1 = "The Coast Brigade shelled Eastfield on Saturday.";
        Article article = new Article(FAR, null, "Eastfield shelled", LocalDateTime.of(2024, 3, 10, 12, 0),
                null, null, "en", List.of(), s1, List.of());
        List<Actor> actors = List.of(actor("A1", "Coast Brigade", ActorKind.ARMED_GROUP, s1.indexOf("Coast")));
        List<Place> places = List.of(new Place("P1", "Eastfield", PlaceKind.LOCALITY, "FR", null, 48.6, 7.7,
                PlaceKind.LOCALITY, "test:2", List.of(), List.of(new Span(s1.indexOf("East"), s1.indexOf("East") + 9))));
        List<Event> events = List.of(event("E1", EventType.ASSAULT, "A1", null, "P1", "2024-03-09", null, s1, 0, 0.8));
        return new SitrepRecord(article, actors, places, events, List.of(), List.of());
    }

    private static Actor actor(String id, String name, ActorKind kind, int at) {
        return new Actor(id, name, kind, null, null, null, List.of(), List.of(new Span(at, at + name.length())));
    }

    private static Event event(String id, EventType type, String actor, String target, String place, String date,
                               Integer fatalities, String sentence, int start, double confidence) {
        return new Event(id, type, null, null,
                type == EventType.ASSAULT ? new AcledType("Explosions/Remote violence", "Shelling/artillery/missile attack") : null,
                actor, target, place, date, date == null ? null : "day", List.of(), fatalities, null, Polarity.ASSERTED,
                new Evidence(sentence, start, start + sentence.length()), confidence);
    }
}
