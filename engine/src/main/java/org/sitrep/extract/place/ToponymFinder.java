package org.sitrep.extract.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.extract.actor.ActorSet;
import org.sitrep.extract.actor.Mention;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.EntityMention;
import org.sitrep.model.PlaceKind;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.resolve.Countries;
import org.sitrep.resolve.Country;
import org.sitrep.resolve.DataFile;
import org.sitrep.resolve.geo.Gazetteer;
import org.sitrep.resolve.geo.Region;
import org.sitrep.resolve.geo.Regions;

/**
 * Finds the toponyms of an article: states the actor stage saw used as places, named regions,
 * NER locations, capitalised names after place cues ("the village of X", "near X", "X province")
 * that the gazetteer knows or the cue vouches for, and demonyms of borders. Thread-safe.
 */
final class ToponymFinder {

    static final Set<String> DIRECTIONS = Set.of("eastern", "western", "northern", "southern", "central",
            "northeastern", "northwestern", "southeastern", "southwestern", "north", "south", "east", "west");
    private static final Map<String, PlaceKind> UNIT_WORDS = Map.ofEntries(Map.entry("province", PlaceKind.ADMIN1),
            Map.entry("governorate", PlaceKind.ADMIN1), Map.entry("state", PlaceKind.ADMIN1),
            Map.entry("prefecture", PlaceKind.ADMIN1), Map.entry("oblast", PlaceKind.ADMIN1),
            Map.entry("region", PlaceKind.ADMIN1), Map.entry("district", PlaceKind.ADMIN2),
            Map.entry("county", PlaceKind.ADMIN2), Map.entry("parish", PlaceKind.ADMIN2));
    /** Nouns that, followed by "of", introduce a place name and vouch for it. */
    private static final Map<String, PlaceKind> OF_CUES = Map.ofEntries(Map.entry("village", PlaceKind.LOCALITY),
            Map.entry("town", PlaceKind.LOCALITY), Map.entry("city", PlaceKind.LOCALITY),
            Map.entry("suburb", PlaceKind.LOCALITY), Map.entry("hamlet", PlaceKind.LOCALITY),
            Map.entry("neighbourhood", PlaceKind.LOCALITY), Map.entry("neighborhood", PlaceKind.LOCALITY),
            Map.entry("province", PlaceKind.ADMIN1), Map.entry("governorate", PlaceKind.ADMIN1),
            Map.entry("state", PlaceKind.ADMIN1), Map.entry("district", PlaceKind.ADMIN2));
    /** Words after which a capitalised name the gazetteer knows is read as a place. */
    private static final Set<String> WEAK_CUES = Set.of("in", "near", "outside", "at", "from", "to", "of", "around",
            "across", "into", "toward", "towards", "between", "and", "via", "through");
    private static final Set<String> PLACE_TYPES = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");
    private static final Set<String> NOT_PLACE_TYPES = Set.of("PERSON", "ORGANIZATION", "TITLE", "NATIONALITY",
            "RELIGION", "IDEOLOGY", "CRIMINAL_CHARGE", "MISC", "DATE", "TIME", "DURATION", "MONEY", "NUMBER",
            "ORDINAL", "PERCENT", "CAUSE_OF_DEATH", "SET");

    /** Words NER tags as a location on their own that name no particular place (a data file). */
    private static final Set<String> GENERIC = DataFile.rows(ToponymFinder.class,
            "/org/sitrep/resolve/geo/generic-place-words.txt").stream().map(r -> r[0]).collect(Collectors.toUnmodifiableSet());

    private final Countries countries;
    private final Gazetteer gazetteer;
    private final Regions regions;

    ToponymFinder(Countries countries, Gazetteer gazetteer, Regions regions) {
        this.countries = countries;
        this.gazetteer = gazetteer;
        this.regions = regions;
    }

    List<Toponym> find(AnnotatedArticle article, ActorSet actors) {
        String text = article.article().text();
        List<Toponym> found = new ArrayList<>();
        for (Mention m : actors.placeUses()) {
            Country c = countries.byCode(m.country());
            Sentence s = article.sentences().get(m.sentence());
            Token before = m.first() > 0 ? s.tokens().get(m.first() - 1) : null;
            if (c != null && before != null && DIRECTIONS.contains(before.word().toLowerCase(Locale.ROOT))) {
                found.add(new Toponym(new Span(before.start(), m.span().end()), m.sentence(),
                        before.word().toLowerCase(Locale.ROOT) + " " + c.name(), PlaceKind.REGION, c, null, true, null));
            } else {
                found.add(new Toponym(m.span(), m.sentence(), c == null ? m.surface() : c.name(), null, c, null, true,
                        null));
            }
        }
        for (Sentence s : article.sentences()) {
            regions(s, text, found);
            entities(s, actors, found);
            cued(s, text, actors, found);
            demonymBorders(s, found);
        }
        found.sort(Comparator.comparingInt(t -> t.span().start()));
        return found;
    }

    private void regions(Sentence s, String text, List<Toponym> found) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (!Character.isUpperCase(t.get(i).word().charAt(0))) {
                continue;
            }
            for (int n = Math.min(regions.longestName(), t.size() - i); n >= 1; n--) {
                Span span = new Span(t.get(i).start(), t.get(i + n - 1).end());
                Region r = regions.byName(span.of(text));
                if (r != null && !taken(found, span)) {
                    found.add(new Toponym(span, s.index(), r.name(), PlaceKind.REGION, null, r, true, null));
                    i += n - 1;
                    break;
                }
            }
        }
    }

    private void entities(Sentence s, ActorSet actors, List<Toponym> found) {
        for (EntityMention e : s.entities()) {
            if (!PLACE_TYPES.contains(e.type()) || e.firstToken() < 0 || e.lastToken() > s.tokens().size()
                    || e.firstToken() >= e.lastToken() || taken(found, e.span()) || actors.actorIn(e.span()) != null
                    || GENERIC.contains(e.text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Span span = e.span();
            PlaceKind hint = null;
            if (e.lastToken() < s.tokens().size()) {
                Token next = s.tokens().get(e.lastToken());
                hint = UNIT_WORDS.get(next.word().toLowerCase(Locale.ROOT));
                if (hint != null) {
                    span = new Span(span.start(), next.end());
                }
            }
            Country c = hint == null ? countries.byName(e.text()) : null;
            Token before = e.firstToken() > 0 ? s.tokens().get(e.firstToken() - 1) : null;
            if (c != null && before != null && DIRECTIONS.contains(before.word().toLowerCase(Locale.ROOT))) {
                found.add(new Toponym(new Span(before.start(), span.end()), s.index(),
                        before.word().toLowerCase(Locale.ROOT) + " " + c.name(), PlaceKind.REGION, c, null, true,
                        e.type()));
                continue;
            }
            found.add(new Toponym(span, s.index(), e.text(), hint, c, null, hint != null, e.type()));
        }
    }

    /** Capitalised names after a place cue, or before a unit word, that NER left untagged. */
    private void cued(Sentence s, String text, ActorSet actors, List<Toponym> found) {
        List<Token> t = s.tokens();
        for (int i = 1; i < t.size(); i++) {
            String prev = t.get(i - 1).word().toLowerCase(Locale.ROOT);
            PlaceKind ofCue = prev.equals("of") && i >= 2 ? OF_CUES.get(t.get(i - 2).word().toLowerCase(Locale.ROOT))
                    : null;
            boolean weak = WEAK_CUES.contains(prev) || (i >= 2 && prev.equals("of")
                    && DIRECTIONS.contains(t.get(i - 2).word().toLowerCase(Locale.ROOT)));
            int end = nameEnd(t, i);
            if (end == i) {
                continue;
            }
            PlaceKind unit = end < t.size() ? UNIT_WORDS.get(t.get(end).word().toLowerCase(Locale.ROOT)) : null;
            if (ofCue == null && !weak && unit == null) {
                continue;
            }
            Span name = new Span(t.get(i).start(), t.get(end - 1).end());
            Span span = unit == null ? name : new Span(name.start(), t.get(end).end());
            if (taken(found, span) || actors.actorIn(name) != null) {
                i = end - 1;
                continue;
            }
            String surface = name.of(text);
            boolean known = !gazetteer.byName(surface).isEmpty() || countries.byName(surface) != null;
            if (ofCue != null || unit != null || known) {
                PlaceKind hint = unit != null ? unit : ofCue;
                found.add(new Toponym(span, s.index(), surface, hint, unit == null ? countries.byName(surface) : null,
                        null, ofCue != null || unit != null, null));
            }
            i = end - 1;
        }
    }

    /** End (exclusive) of a run of up to four capitalised proper-noun tokens starting at {@code i}. */
    private static int nameEnd(List<Token> t, int i) {
        int j = i;
        while (j < t.size() && j - i < 4) {
            Token k = t.get(j);
            boolean joiner = j > i && j + 1 < t.size() && (k.word().equals("al") || k.word().equals("el")
                    || k.word().equals("ez") || k.word().equals("-"));
            if (!joiner && !(Character.isUpperCase(k.word().charAt(0)) && k.isProperNoun()
                    && !NOT_PLACE_TYPES.contains(k.ner()))) {
                break;
            }
            j++;
        }
        while (j > i && !Character.isUpperCase(t.get(j - 1).word().charAt(0))) {
            j--;
        }
        return j;
    }

    /** "the Iraqi border": the country is a place although only its demonym is written. */
    private void demonymBorders(Sentence s, List<Toponym> found) {
        List<Token> t = s.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            String next = t.get(i + 1).word().toLowerCase(Locale.ROOT);
            if (!next.equals("border") && !next.equals("frontier")) {
                continue;
            }
            Country c = countries.byDemonym(t.get(i).word());
            Span span = new Span(t.get(i).start(), t.get(i + 1).end());
            if (c != null && !taken(found, span)) {
                found.add(new Toponym(span, s.index(), c.name(), null, c, null, true, null));
            }
        }
    }

    private static boolean taken(List<Toponym> found, Span span) {
        return found.stream().anyMatch(f -> f.span().overlaps(span));
    }
}
