package org.sitrep.model;

import java.util.List;

/** The {@code sitrep/1} record of one article: everything the engine read in it. */
public record SitrepRecord(Article article, List<Actor> actors, List<Place> places,
                           List<Event> events, List<Quote> quotes, List<Problem> problems) {
    public static final String SCHEMA = "sitrep/1";

    public SitrepRecord {
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
        problems = List.copyOf(problems);
    }

    public SitrepRecord withProblems(List<Problem> all) {
        return new SitrepRecord(article, actors, places, events, quotes, all);
    }
}
