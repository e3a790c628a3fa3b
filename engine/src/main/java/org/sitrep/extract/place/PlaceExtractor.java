package org.sitrep.extract.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.extract.actor.ActorSet;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;
import org.sitrep.model.Span;
import org.sitrep.resolve.DataFile;
import org.sitrep.resolve.Knowledge;
import org.sitrep.resolve.geo.Gazetteer;
import org.sitrep.resolve.geo.GeoEntry;
import org.sitrep.resolve.geo.NameKey;
import org.sitrep.resolve.geo.Regions;
import org.sitrep.resolve.geo.UnitAbbreviations;

/**
 * Finds the places an article names ({@link ToponymFinder}), decides which place each name
 * denotes ({@link PlaceResolver}) and merges the mentions of one place. A name the gazetteer
 * lacks keeps the point of the unit the text puts it in, else of the places around it or the
 * article's main place, with that place's precision; a name nothing locates stays a place
 * without coordinates or gazetteer id. Stateless and thread-safe.
 */
public final class PlaceExtractor {

    /** Better country centres than countries.tsv's rounded ones, where those lie far off. */
    private static final Map<String, double[]> CENTRES = DataFile.rows(Gazetteer.class, "country-centres.tsv").stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(r -> r[0],
                    r -> new double[] {Double.parseDouble(r[1]), Double.parseDouble(r[2])}));

    /** How far from the article's surer places a weakly cued name may lie abroad (a neighbouring country's town). */
    private static final double NEIGHBOURHOOD_KM = 500;
    private static final Set<String> STREET_WORDS = Set.of("street", "avenue", "road", "boulevard", "drive", "lane");
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "and", "or", "the", "in", "at", "for", "to");

    private final ToponymFinder finder;
    private final PlaceResolver resolver;

    /** An extractor over the embedded gazetteer and regions. */
    public PlaceExtractor(Knowledge knowledge) {
        this(knowledge, Gazetteer.embedded(), Regions.embedded(), UnitAbbreviations.embedded());
    }

    public PlaceExtractor(Knowledge knowledge, Gazetteer gazetteer, Regions regions, UnitAbbreviations abbreviations) {
        this.finder = new ToponymFinder(knowledge.countries(), gazetteer, regions);
        this.resolver = new PlaceResolver(knowledge.countries(), gazetteer, abbreviations);
    }

    public PlaceSet extract(AnnotatedArticle article, ActorSet actors) {
        String text = article.article().text();
        List<Toponym> toponyms = finder.find(article, actors);
        List<Candidate> chosen = resolver.resolve(text, toponyms, actors.actors(), article.article().dateline());
        Map<String, Candidate> byName = consistentReadings(toponyms, chosen);
        int[] enclosing = PlaceResolver.parents(text, toponyms);
        Map<String, Candidate> captionUnits = new LinkedHashMap<>();
        Map<String, Candidate> captionLocated = new HashMap<>();
        for (CaptionPlaces.Stated st : CaptionPlaces.read(article.article().captions())) {
            Toponym unit = new Toponym(new Span(0, 0), -1, st.unit(), PlaceKind.ADMIN1, null, null, true, null);
            Candidate c = resolver.resolveAlone(unit, chosen);
            if (c != null && c.kind() == PlaceKind.ADMIN1) {
                captionUnits.put(st.unit() + " " + st.unitWord(), c);
                if (st.place() != null) {
                    captionLocated.put(NameKey.normal(st.place()), c);
                }
            }
        }

        Set<String> vouched = new java.util.HashSet<>();
        List<Candidate> surer = new ArrayList<>();
        for (Toponym t : toponyms) {
            Candidate c = byName.get(key(t));
            if (!weak(t) && c != null && c.countryCode() != null) {
                vouched.add(c.countryCode());
                surer.add(c);
            }
        }
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < toponyms.size(); i++) {
            Candidate c = byName.get(key(toponyms.get(i)));
            String identity = c != null ? c.identity() : "name:" + key(toponyms.get(i));
            groups.computeIfAbsent(identity, k -> new ArrayList<>()).add(i);
        }
        List<Place> places = new ArrayList<>();
        Map<Span, Integer> sentences = new HashMap<>();
        Map<Span, String> byMention = new HashMap<>();
        List<List<Integer>> ordered = new ArrayList<>(groups.values());
        // A country named only by its demonym comes last, so the ids of the places the text names keep their order.
        ordered.sort(java.util.Comparator.comparing(g -> g.stream().allMatch(i -> toponyms.get(i).demonym())));
        for (List<Integer> group : ordered) {
            String id = "P" + (places.size() + 1);
            Toponym first = toponyms.get(group.get(0));
            Candidate c = byName.get(key(first));
            if (c == null && !first.cued() && notAName(first.name(), text)) {
                continue;
            }
            if (c == null && (!first.cued() || first.hint() == PlaceKind.SITE) && commonWords(first.name(), text)) {
                continue;
            }
            if (c != null && c.entry() != null && !vouched.isEmpty() && !vouched.contains(c.countryCode())
                    && group.stream().allMatch(i -> weak(toponyms.get(i))) && !nearAny(c, surer)) {
                c = resolver.candidates(first).stream().filter(x -> x.entry() != null
                        && vouched.contains(x.countryCode())).max(java.util.Comparator.comparingLong(
                        x -> x.entry().population())).orElse(null);
                if (c == null) {
                    continue;
                }
            }
            List<Span> spans = new ArrayList<>();
            Set<String> surfaces = new LinkedHashSet<>();
            Candidate located = captionLocated.get(NameKey.normal(first.name()));
            for (int i : group) {
                Toponym t = toponyms.get(i);
                spans.add(t.span());
                surfaces.add(t.span().of(text));
                if (!t.demonym()) {
                    // "Iraqi forces" says who acts, not where: no event takes its place from it.
                    sentences.put(t.span(), t.sentence());
                    byMention.put(t.span(), id);
                }
                if (located == null && enclosing[i] >= 0) {
                    located = byName.get(key(toponyms.get(enclosing[i])));
                }
            }
            if (located == null) {
                located = context(toponyms, byName, group);
            }
            Place p = c != null ? known(id, c, first, spans) : unknown(id, first, located, spans);
            surfaces.remove(p.name());
            places.add(new Place(p.id(), p.name(), p.kind(), p.country(), p.admin1(), p.lat(), p.lon(),
                    p.precision(), p.gazetteer(), List.copyOf(surfaces), spans));
        }
        captionUnits.forEach((surface, c) -> {
            String identity = c.identity();
            for (int i = 0; i < places.size(); i++) {
                Place p = places.get(i);
                if (identity.equals(p.gazetteer())) {
                    List<String> aliases = new ArrayList<>(p.aliases());
                    aliases.add(surface);
                    places.set(i, new Place(p.id(), p.name(), p.kind(), p.country(), p.admin1(), p.lat(), p.lon(),
                            p.precision(), p.gazetteer(), aliases, p.mentions()));
                    return;
                }
            }
            GeoEntry e = c.entry();
            places.add(new Place("P" + (places.size() + 1), e.name(), e.kind(), e.country(), e.admin1(), e.lat(),
                    e.lon(), e.kind(), e.id(), List.of(surface), List.of()));
        });
        return new PlaceSet(places, sentences, byMention);
    }

    private Place known(String id, Candidate c, Toponym t, List<Span> spans) {
        if (c.country() != null) {
            double[] centre = CENTRES.getOrDefault(c.countryCode(), new double[] {c.lat(), c.lon()});
            Double lat = Double.isNaN(centre[0]) ? null : centre[0];
            return new Place(id, c.country().name(), PlaceKind.COUNTRY, c.countryCode(), null, lat,
                    lat == null ? null : centre[1], lat == null ? null : PlaceKind.COUNTRY, c.identity(), List.of(),
                    spans);
        }
        if (c.region() != null) {
            return new Place(id, c.region().name(), PlaceKind.REGION, c.countryCode(), null, c.lat(), c.lon(),
                    PlaceKind.REGION, null, List.of(), spans);
        }
        GeoEntry e = c.entry();
        PlaceKind kind = e.kind() == PlaceKind.LOCALITY && t.hint() == PlaceKind.ADMIN2 ? PlaceKind.ADMIN2 : e.kind();
        return new Place(id, e.name(), kind, e.country(), e.admin1(), e.lat(), e.lon(), e.kind(), e.id(), List.of(),
                spans);
    }

    /** A name the gazetteer lacks: the enclosing unit's point where the text gives one, else none. */
    private static Place unknown(String id, Toponym t, Candidate located, List<Span> spans) {
        PlaceKind kind = t.hint() != null ? t.hint() : PlaceKind.LOCALITY;
        if (located == null) {
            return new Place(id, t.name(), kind, null, null, null, null, null, null, List.of(), spans);
        }
        String admin1 = located.entry() != null ? located.entry().admin1() : null;
        return new Place(id, t.name(), kind, located.countryCode(), admin1, located.lat(), located.lon(),
                located.kind(), null, List.of(), spans);
    }

    /**
     * Where a name the gazetteer lacks most likely lies when the text states no unit for it: a
     * street, a building or a suburb is near the locality its sentence names, else the article's
     * main locality (its most mentioned), else likewise a unit.
     */
    private static Candidate context(List<Toponym> toponyms, Map<String, Candidate> byName, List<Integer> group) {
        for (boolean locality : new boolean[] {true, false}) {
            Candidate c = nearestInSentence(toponyms, byName, group.get(0), locality);
            if (c == null) {
                c = mostMentioned(toponyms, byName, locality);
            }
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private static Candidate nearestInSentence(List<Toponym> toponyms, Map<String, Candidate> byName, int of,
                                               boolean locality) {
        Candidate nearest = null;
        int gap = Integer.MAX_VALUE;
        for (int i = 0; i < toponyms.size(); i++) {
            Candidate c = byName.get(key(toponyms.get(i)));
            if (placed(c, locality) && toponyms.get(i).sentence() == toponyms.get(of).sentence()
                    && Math.abs(i - of) < gap) {
                nearest = c;
                gap = Math.abs(i - of);
            }
        }
        return nearest;
    }

    private static Candidate mostMentioned(List<Toponym> toponyms, Map<String, Candidate> byName, boolean locality) {
        Map<String, Integer> mentions = new LinkedHashMap<>();
        Map<String, Candidate> byIdentity = new HashMap<>();
        for (Toponym t : toponyms) {
            Candidate c = byName.get(key(t));
            if (placed(c, locality)) {
                mentions.merge(c.identity(), 1, Integer::sum);
                byIdentity.putIfAbsent(c.identity(), c);
            }
        }
        return mentions.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> byIdentity.get(e.getKey())).orElse(null);
    }

    /** Whether a reading lies within a border region's reach of one of the given places. */
    private static boolean nearAny(Candidate c, List<Candidate> places) {
        return places.stream().anyMatch(o -> !Double.isNaN(o.lat())
                && PlaceResolver.distanceKm(o.lat(), o.lon(), c.lat(), c.lon()) < NEIGHBOURHOOD_KM);
    }

    /**
     * A name only a weak cue proposed ("at Walmart", "from Metro"): a capitalised word the gazetteer
     * happens to know. It is read in a country the article's surer names are in (if it has any) or
     * near one of them, else dropped, or a store, a brand or a common word becomes a village abroad (Walmart,
     * Wollmerath).
     */
    private static boolean weak(Toponym t) {
        return !t.cued() && t.nerType() == null && t.country() == null && t.region() == null;
    }

    /** A gazetteer locality, or (when not {@code locality}) a gazetteer unit: never a country. */
    private static boolean placed(Candidate c, boolean locality) {
        return c != null && c.entry() != null && (c.kind() == PlaceKind.LOCALITY) == locality;
    }

    /**
     * An uncued name the gazetteer lacks that is no place name: a span cut after a function word
     * ("United Way of"), a numbered division or street ("2nd District", "Northwest 8th Avenue"),
     * a compass point ("S.E."), initials that name no country ("U.S" is one), a lone abbreviated
     * word ("Ave.", not the initials "N.B."), or one word the article also writes in lower case,
     * which makes it a common word capitalised by a headline or a title ("Health").
     */
    static boolean notAName(String name, String text) {
        if (name.chars().anyMatch(Character::isDigit)) {
            return true;
        }
        String[] words = name.split("\\s+");
        String last = words[words.length - 1];
        if (FUNCTION_WORDS.contains(last.toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (words.length > 1) {
            return false;
        }
        return name.indexOf('.') == name.length() - 1 || name.length() <= 2 || name.matches("(?:\\p{Lu}\\.)+\\p{Lu}")
                || name.matches("[NSEW]\\.[NSEW]\\.?")
                || Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(name.toLowerCase(Locale.ROOT)) + "(?![\\p{L}-])")
                .matcher(text).find();
    }

    /**
     * A name the gazetteer lacks made only of common words: each a generic place word or one the
     * article also writes in lower case ("State Park", "Civic Center", "High School", "Veterinary
     * Clinic"). It names a kind of place, not a particular one, however capitalised.
     */
    static boolean commonWords(String name, String text) {
        String[] words = name.split("\\s+");
        if (words.length > 1 && STREET_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
            return false; // "North State Street" is one street, whatever its words
        }
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (!ToponymFinder.GENERIC.contains(lower) && !Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(lower)
                    + "(?![\\p{L}-])").matcher(text).find()) {
                return false;
            }
        }
        return true;
    }

    /** One reading per name in an article: the one its mentions chose most often. */
    private static Map<String, Candidate> consistentReadings(List<Toponym> toponyms, List<Candidate> chosen) {
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        Map<String, Candidate> byIdentity = new HashMap<>();
        for (int i = 0; i < toponyms.size(); i++) {
            Candidate c = chosen.get(i);
            if (c != null) {
                votes.computeIfAbsent(key(toponyms.get(i)), k -> new LinkedHashMap<>()).merge(c.identity(), 1,
                        Integer::sum);
                byIdentity.putIfAbsent(c.identity(), c);
            }
        }
        Map<String, Candidate> out = new HashMap<>();
        votes.forEach((name, v) -> out.put(name, byIdentity.get(v.entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey())));
        return out;
    }

    private static String key(Toponym t) {
        String k = NameKey.normal(t.name());
        return (k == null ? t.name() : k) + (t.hint() == PlaceKind.ADMIN1 ? "#unit" : "");
    }
}
