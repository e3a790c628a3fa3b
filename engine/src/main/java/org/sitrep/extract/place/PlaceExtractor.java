package org.sitrep.extract.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.extract.actor.ActorSet;
import org.sitrep.extract.actor.Mention;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.resolve.Country;
import org.sitrep.resolve.Knowledge;

/**
 * Finds the places an article names and gives countries their coordinates. Names the embedded
 * knowledge cannot locate stay places without coordinates and without a gazetteer id.
 * Stateless and thread-safe.
 */
public final class PlaceExtractor {

    private static final Set<String> DIRECTIONS = Set.of("eastern", "western", "northern", "southern", "central",
            "northeastern", "northwestern", "southeastern", "southwestern", "north", "south", "east", "west");
    private static final Map<String, PlaceKind> UNIT_WORDS = Map.of("province", PlaceKind.ADMIN1,
            "governorate", PlaceKind.ADMIN1, "state", PlaceKind.ADMIN1, "region", PlaceKind.ADMIN1,
            "district", PlaceKind.ADMIN2, "county", PlaceKind.ADMIN2, "prefecture", PlaceKind.ADMIN1);

    private final Knowledge knowledge;

    public PlaceExtractor(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    private record Found(Span span, int sentence, String name, PlaceKind kind, Country country) {}

    public PlaceSet extract(AnnotatedArticle article, ActorSet actors) {
        List<Found> found = new ArrayList<>();
        for (Mention m : actors.placeUses()) {
            Country c = knowledge.countries().byCode(m.country());
            Sentence s = article.sentences().get(m.sentence());
            Token before = m.first() > 0 ? s.tokens().get(m.first() - 1) : null;
            if (before != null && DIRECTIONS.contains(before.word().toLowerCase(Locale.ROOT))) {
                found.add(new Found(new Span(before.start(), m.span().end()), m.sentence(),
                        before.word() + " " + c.name(), PlaceKind.REGION, c));
            } else {
                found.add(new Found(m.span(), m.sentence(), c == null ? m.surface() : c.name(), PlaceKind.COUNTRY, c));
            }
        }
        for (Sentence s : article.sentences()) {
            for (EntityMention e : s.entities()) {
                PlaceKind kind = switch (e.type()) {
                    case "CITY", "LOCATION" -> PlaceKind.LOCALITY;
                    case "STATE_OR_PROVINCE" -> PlaceKind.ADMIN1;
                    case "COUNTRY" -> PlaceKind.COUNTRY;
                    default -> null;
                };
                if (kind == null || taken(found, e.span()) || actors.actorIn(e.span()) != null) {
                    continue;
                }
                Span span = e.span();
                String name = e.text();
                if (e.lastToken() < s.tokens().size()) {
                    PlaceKind unit = UNIT_WORDS.get(s.tokens().get(e.lastToken()).word().toLowerCase(Locale.ROOT));
                    if (unit != null) {
                        kind = unit;
                        span = new Span(span.start(), s.tokens().get(e.lastToken()).end());
                    }
                }
                Country c = knowledge.countries().byName(name);
                found.add(new Found(span, s.index(), c != null ? c.name() : name, c != null ? PlaceKind.COUNTRY : kind, c));
            }
            demonymBorders(s, found);
        }
        return merge(found);
    }

    /** "the Iraqi border": the country is a place although only its demonym is written. */
    private void demonymBorders(Sentence s, List<Found> found) {
        List<Token> t = s.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            if (!t.get(i + 1).word().equalsIgnoreCase("border") && !t.get(i + 1).word().equalsIgnoreCase("frontier")) {
                continue;
            }
            Country c = knowledge.countries().byDemonym(t.get(i).word());
            Span span = new Span(t.get(i).start(), t.get(i + 1).end());
            if (c != null && !taken(found, span)) {
                found.add(new Found(span, s.index(), c.name(), PlaceKind.COUNTRY, c));
            }
        }
    }

    private static boolean taken(List<Found> found, Span span) {
        return found.stream().anyMatch(f -> f.span().overlaps(span));
    }

    private static PlaceSet merge(List<Found> found) {
        found.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        Map<String, List<Found>> byName = new LinkedHashMap<>();
        for (Found f : found) {
            byName.computeIfAbsent(f.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(f);
        }
        List<Place> places = new ArrayList<>();
        Map<Span, Integer> sentences = new HashMap<>();
        Map<Span, String> byMention = new HashMap<>();
        for (List<Found> group : byName.values()) {
            Found first = group.get(0);
            String id = "P" + (places.size() + 1);
            Country c = first.country();
            Double lat = c == null || Double.isNaN(c.lat()) ? null : c.lat();
            Double lon = lat == null ? null : c.lon();
            Set<String> aliases = new LinkedHashSet<>();
            List<Span> spans = new ArrayList<>();
            for (Found f : group) {
                spans.add(f.span());
                sentences.put(f.span(), f.sentence());
                byMention.put(f.span(), id);
            }
            PlaceKind precision = lat == null ? null : PlaceKind.COUNTRY;
            places.add(new Place(id, first.name(), first.kind(), c == null ? null : c.iso2(), null, lat, lon,
                    precision, null, List.copyOf(aliases), spans));
        }
        return new PlaceSet(places, sentences, byMention);
    }
}
