package org.sitrep.store;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.SitrepRecord;
import org.sitrep.resolve.Countries;
import org.sitrep.resolve.Country;

/**
 * Flattens a record's events into {@link StoredEvent}s. A place without coordinates (the
 * gazetteer did not find it) falls back to its country's centre (precision {@code country}); an
 * event with no place takes the country the article names most as its country. A place known by
 * name alone is drawn at the centre of that country too, but marked {@code article-country} and
 * given no country of its own, since it may lie elsewhere. So every event the article can place
 * at all shows on a map, at no more precision than it deserves. Thread-safe.
 */
public final class EventRows {

    /** Coordinates of the place's own country centre. */
    static final String COUNTRY = "country";
    /** Coordinates of the centre of the country the article names most: a guess, shown as such. */
    static final String ARTICLE_COUNTRY = "article-country";

    private final Countries countries;

    public EventRows(Countries countries) {
        this.countries = countries;
    }

    /** The record's events, flattened. */
    public List<StoredEvent> of(SitrepRecord r) {
        Map<String, Actor> actors = r.actors().stream()
                .collect(Collectors.toMap(Actor::id, Function.identity(), (a, b) -> a));
        Map<String, Place> places = r.places().stream()
                .collect(Collectors.toMap(Place::id, Function.identity(), (a, b) -> a));
        LocalDate publishedDay = r.article().published() == null ? null : r.article().published().toLocalDate();
        String articleCountry = mainCountry(r);
        List<StoredEvent> out = new ArrayList<>();
        for (Event e : r.events()) {
            Place place = e.place() == null ? null : places.get(e.place());
            Double lat = null;
            Double lon = null;
            String precision = null;
            String country = place == null ? articleCountry : place.country();
            if (place != null && place.lat() != null) {
                lat = place.lat();
                lon = place.lon();
                precision = place.precision() != null ? place.precision().json() : place.kind().json();
            } else if (country != null && countries.byCode(country) != null) {
                Country c = countries.byCode(country);
                lat = c.lat();
                lon = c.lon();
                precision = COUNTRY;
            } else if (articleCountry != null && countries.byCode(articleCountry) != null) {
                Country c = countries.byCode(articleCountry);
                lat = c.lat();
                lon = c.lon();
                precision = ARTICLE_COUNTRY;
            }
            out.add(new StoredEvent(r.article().id(), e.id(), e.type().name(), e.mode(), e.cameo(),
                    e.acled() == null ? null : e.acled().eventType(),
                    e.acled() == null ? null : e.acled().subEventType(),
                    e.actor(), name(actors.get(e.actor())), e.target(), name(actors.get(e.target())),
                    e.place(), place == null ? null : place.name(), country, lat, lon, precision,
                    e.date(), e.datePrecision(), day(e.date(), publishedDay), e.fatalities(), e.reportedBy(),
                    e.polarity().json(), e.evidence().text(), e.evidence().start(), e.evidence().end(),
                    e.confidence()));
        }
        return out;
    }

    /** The country the article's places name most often (by mentions), or null if none has one. */
    static String mainCountry(SitrepRecord r) {
        Map<String, Integer> mentions = new HashMap<>();
        for (Place p : r.places()) {
            if (p.country() != null) {
                mentions.merge(p.country(), Math.max(1, p.mentions().size()), Integer::sum);
            }
        }
        return mentions.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static String name(Actor a) {
        return a == null ? null : a.name();
    }

    /**
     * The day the timeline puts an event on: its own day; the first day of its month or year when
     * the text is only that precise (the record's datePrecision says so); else the publication day.
     */
    static LocalDate day(String date, LocalDate published) {
        if (date == null) {
            return published;
        }
        try {
            return switch (date.length()) {
                case 10 -> LocalDate.parse(date);
                case 7 -> YearMonth.parse(date).atDay(1);
                case 4 -> Year.parse(date).atDay(1);
                default -> published;
            };
        } catch (DateTimeParseException e) {
            return published;
        }
    }
}
