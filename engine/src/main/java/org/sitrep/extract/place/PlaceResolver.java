package org.sitrep.extract.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.sitrep.model.Actor;
import org.sitrep.model.PlaceKind;
import org.sitrep.resolve.Countries;
import org.sitrep.resolve.Country;
import org.sitrep.resolve.geo.Gazetteer;
import org.sitrep.resolve.geo.GeoEntry;
import org.sitrep.resolve.geo.NameKey;
import org.sitrep.resolve.geo.Region;
import org.sitrep.resolve.geo.UnitAbbreviations;

/**
 * Decides which place each toponym of an article denotes. Every reading is scored on its own
 * weight (population, capital or seat, the kind the text states) and on the article's context:
 * the countries it talks about (places, actors, dateline), the hierarchy it states ("X, Y
 * province", "X in Y"), the first-level units it names and the nearness of its other places.
 * Two rounds: the second sees what the first chose. Stateless and thread-safe.
 */
final class PlaceResolver {

    /** Text between two toponyms that makes the second enclose the first: "X, Y" and "X in Y". */
    private static final Pattern ENCLOSED_BY = Pattern.compile(",\\s*|\\s+in\\s+(the\\s+)?|\\s+of\\s+");
    /** Text between an enclosing place and the place it holds: "Utah's Zion National Park". */
    private static final Pattern POSSESSIVE = Pattern.compile("\\s*['\u2019]s\\s+");
    /** Text between two items of a list: "X, Y", "X and Y", "X, or Y". */
    private static final Pattern LISTED_WITH = Pattern.compile(",?\\s+(and|or)\\s+|,\\s*");
    /** Initials written with periods: "U.S", "U.K.", "D.R.C."; a unit's abbreviation is looked up first. */
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)+\\p{Lu}\\.?");
    private static final double NEAR_KM = 150;
    /** Score per other name that could denote a place nearby (counted up to two). */
    private static final double NEIGHBOUR_WEIGHT = 1.0;
    /** A city this big is what its bare name means, even when a first-level unit shares it. */
    private static final long BIG_CITY = 500_000;

    private final Countries countries;
    private final Gazetteer gazetteer;
    private final UnitAbbreviations abbreviations;

    PlaceResolver(Countries countries, Gazetteer gazetteer, UnitAbbreviations abbreviations) {
        this.countries = countries;
        this.gazetteer = gazetteer;
        this.abbreviations = abbreviations;
    }

    /** The reading chosen for each toponym (null: the gazetteer knows no place of that name). */
    List<Candidate> resolve(String text, List<Toponym> toponyms, List<Actor> actors, String dateline) {
        List<List<Candidate>> readings = new ArrayList<>();
        for (Toponym t : toponyms) {
            readings.add(candidates(t));
        }
        Map<String, Double> countryWeight = new HashMap<>();
        for (int i = 0; i < toponyms.size(); i++) {
            List<Candidate> r = readings.get(i);
            if (r.size() == 1 && r.get(0).countryCode() != null) {
                // "Russian officials" speaks of the country less surely than "in Russia".
                countryWeight.merge(r.get(0).countryCode(), toponyms.get(i).demonym() ? 0.5 : 1.0, Double::sum);
            }
        }
        for (Actor a : actors) {
            if (a.country() != null) {
                countryWeight.merge(a.country(), 0.5, Double::sum);
            }
        }
        Candidate datelinePlace = datelinePlace(dateline);
        if (datelinePlace != null && datelinePlace.countryCode() != null) {
            countryWeight.merge(datelinePlace.countryCode(), 2.0, Double::sum);
        }
        int[] parent = parents(text, toponyms);
        List<Map<String, Integer>> neighbours = neighbours(toponyms, readings);
        List<Candidate> chosen = new ArrayList<>();
        for (int i = 0; i < toponyms.size(); i++) {
            chosen.add(best(toponyms.get(i), readings.get(i), countryWeight, null, null, null, false, Map.of()));
        }
        List<String> names = toponyms.stream().map(t -> String.valueOf(NameKey.normal(nameOf(t)))).toList();
        java.util.Set<String> modifier = new java.util.HashSet<>();
        java.util.Set<String> demonymWritten = new java.util.HashSet<>();
        for (int i = 0; i < toponyms.size(); i++) {
            if (toponyms.get(i).demonym()) {
                demonymWritten.add(names.get(i));
            } else if (toponyms.get(i).modifier()) {
                modifier.add(names.get(i));
            }
        }
        for (int round = 0; round < 2; round++) {
            Map<String, Integer> units = new HashMap<>();
            for (Candidate c : chosen) {
                if (c != null && c.kind() == PlaceKind.ADMIN1) {
                    units.merge(c.entry().id(), 1, Integer::sum);
                }
            }
            List<Candidate> next = new ArrayList<>();
            for (int i = 0; i < toponyms.size(); i++) {
                Candidate stated = parent[i] >= 0 ? chosen.get(parent[i]) : null;
                Toponym t = toponyms.get(i);
                List<Candidate> rest = namedElse(chosen, names, i);
                List<Candidate> others = others(rest, i);
                Candidate pick = best(t, readings.get(i), contextCountries(countryWeight, rest),
                        countyUnits(units, rest), stated, others,
                        unitLevel(text, toponyms, chosen, parent, i), neighbours.get(i));
                pick = preferBigCity(t, readings.get(i), pick, countryWeight);
                next.add(localNamesake(t, pick, others, neighbours.get(i), modifier.contains(names.get(i)),
                        demonymWritten.contains(names.get(i)), countryWeight));
            }
            chosen = next;
        }
        return chosen;
    }

    /** The reading of a toponym outside the body (a caption's unit), given the body's readings. */
    Candidate resolveAlone(Toponym t, List<Candidate> bodyReadings) {
        Map<String, Double> weight = new HashMap<>();
        for (Candidate c : bodyReadings) {
            if (c != null && c.countryCode() != null) {
                weight.merge(c.countryCode(), 1.0, Double::sum);
            }
        }
        return best(t, candidates(t), weight, null, null, others(bodyReadings, -1), true, Map.of());
    }

    /** What the dateline names, read as the most populous place or country of that name. */
    Candidate datelinePlace(String dateline) {
        if (dateline == null || dateline.isBlank()) {
            return null;
        }
        Country c = countries.byName(dateline);
        if (c != null) {
            return Candidate.of(c);
        }
        return gazetteer.byName(dateline).stream().max(Comparator.comparingLong(GeoEntry::population))
                .map(e -> Candidate.of(e, false)).orElse(null);
    }

    List<Candidate> candidates(Toponym t) {
        if (t.region() != null) {
            return List.of(new Candidate(null, null, t.region(), false));
        }
        if (t.hint() == PlaceKind.REGION && t.country() != null) {
            return List.of(new Candidate(null, null, directional(t.name(), t.country()), false));
        }
        if (t.demonym()) {
            return List.of(Candidate.of(t.country()));
        }
        List<Candidate> out = new ArrayList<>();
        String name = nameOf(t);
        if (t.country() != null) {
            out.add(Candidate.of(t.country()));
            if (t.nerType() == null) {
                // The actor stage or a demonym said it is this state; only a unit of the same
                // name (Georgia) competes.
                for (GeoEntry e : gazetteer.byName(name)) {
                    if (e.kind() == PlaceKind.ADMIN1 && NameKey.normal(e.name()).equals(NameKey.normal(name))) {
                        out.add(Candidate.of(e, false));
                    }
                }
                return out;
            }
        }
        GeoEntry abbreviated = abbreviations.unit(t.name(), gazetteer);
        if (abbreviated != null) {
            return List.of(Candidate.of(abbreviated, false));
        }
        if (INITIALS.matcher(t.name()).matches()) {
            // "U.S" is a country's code written with periods, never the village "Us" its letters spell.
            String letters = t.name().replace(".", "");
            // ... and "S.E." is south-east: initials of compass points name no country.
            Country c = letters.matches("[NSEW]+") ? null : countries.byCode(letters);
            return c == null ? List.of() : List.of(Candidate.of(c));
        }
        List<GeoEntry> exact = gazetteer.byName(name);
        // Transliteration skeletons are for names written in another script, not English feature
        // names, where they only join unrelated words ("Chestatee River", "Chester").
        boolean fuzzy = exact.isEmpty() && t.hint() != PlaceKind.SITE;
        List<GeoEntry> found = fuzzy ? gazetteer.bySkeleton(name) : exact;
        String normal = NameKey.normal(name);
        for (GeoEntry e : found) {
            String own = NameKey.normal(e.name());
            if (fuzzy && (normal == null || own == null || !NameKey.sameShape(normal, own))) {
                continue; // a skeleton that runs words together can join unrelated names ("City Hall")
            }
            out.add(Candidate.of(e, fuzzy));
        }
        PlaceKind unit = t.hint() == PlaceKind.ADMIN1 || t.hint() == PlaceKind.ADMIN2 ? t.hint() : null;
        if (unit != null && out.stream().anyMatch(c -> c.kind() == unit)) {
            out.removeIf(c -> c.kind() != unit);
        }
        return out;
    }

    /** The name without the unit word the finder kept in the span ("Idlib province" -> "Idlib"). */
    private static String nameOf(Toponym t) {
        String n = t.name();
        if (t.hint() != null && t.hint() != PlaceKind.LOCALITY) {
            n = n.replaceFirst("(?i)\\s+(province|governorate|state|prefecture|oblast|region|district|county|parish)$",
                    "");
        }
        return n;
    }

    /**
     * Whether the text treats toponym {@code i} as a first-level unit: it encloses another place
     * ("Albany, New York") or is listed with units ("Missouri, New York and Virginia").
     */
    private static boolean unitLevel(String text, List<Toponym> toponyms, List<Candidate> chosen, int[] parent,
                                     int i) {
        for (int j = 0; j < parent.length; j++) {
            if (parent[j] == i) {
                return true;
            }
        }
        for (int j = i - 1; j <= i + 1; j += 2) {
            if (j < 0 || j >= toponyms.size() || chosen.get(j) == null || chosen.get(j).kind() != PlaceKind.ADMIN1) {
                continue;
            }
            Toponym a = toponyms.get(Math.min(i, j));
            Toponym b = toponyms.get(Math.max(i, j));
            if (a.sentence() == b.sentence() && b.span().start() >= a.span().end()
                    && LISTED_WITH.matcher(text.substring(a.span().end(), b.span().start())).matches()) {
                return true;
            }
        }
        return false;
    }

    private static Candidate bigCity(List<Candidate> readings) {
        return readings.stream().filter(c -> c.entry() != null && c.kind() == PlaceKind.LOCALITY
                && c.entry().population() >= BIG_CITY).max(Comparator.comparingLong(c -> c.entry().population()))
                .orElse(null);
    }

    /**
     * A country's name that the article's other names place in a town of another country the
     * article is about: local news writes "Lebanon" for the town next to its other towns. Needs a
     * namesake near another name of the article, other places in the town's country and none in
     * the named country.
     */
    private Candidate localNamesake(Toponym t, Candidate pick, List<Candidate> others,
                                    Map<String, Integer> neighbours, boolean modifier, boolean demonymWritten,
                                    Map<String, Double> articleCountries) {
        if (pick == null || pick.country() == null || t.hint() != null || t.demonym() || demonymWritten
                || support(others, pick) > 0) {
            return pick;
        }
        Candidate best = null;
        for (Candidate c : townsNamed(nameOf(t))) {
            boolean near = support(others, c) > 0 && neighbours.getOrDefault(c.identity(), 0) > 0;
            // "Palestine police", "the Jordan middle school": a country would be "Palestinian
            // police"; in an article about the town's country the name is the town's.
            boolean attributive = modifier && (support(others, c) > 0
                    || articleCountries.getOrDefault(c.countryCode(), 0.0) > 0);
            if ((near || attributive) && (best == null || c.entry().population() > best.entry().population())) {
                best = c;
            }
        }
        return best != null ? best : pick;
    }

    /** How many other places of the article lie in the country of a reading. */
    private static int support(List<Candidate> others, Candidate c) {
        return (int) others.stream().filter(o -> !o.identity().equals(c.identity())
                && c.countryCode().equals(o.countryCode())).count();
    }

    /**
     * A bare name shared by a big city and a small place of the same country means the big city
     * when the article is about that country: "Washington" is not the small town of a state
     * named nearby. Decided on the countries the article names, not on this name's own reading,
     * and only for the city's own name (not an alternate name such as a borough's).
     */
    private static Candidate preferBigCity(Toponym t, List<Candidate> readings, Candidate pick,
                                           Map<String, Double> articleCountries) {
        Candidate big = bigCity(readings);
        if (big == null || pick == null || pick.entry() == null || pick == big || pick.kind() != PlaceKind.LOCALITY
                || !pick.countryCode().equals(big.countryCode()) || t.hint() != null
                || articleCountries.getOrDefault(big.countryCode(), 0.0) <= 0
                || !NameKey.normal(big.entry().name()).startsWith(NameKey.normal(nameOf(t)))) {
            return pick;
        }
        return big;
    }

    private Candidate best(Toponym t, List<Candidate> readings, Map<String, Double> countryWeight,
                           Map<String, Integer> units, Candidate stated, List<Candidate> others, boolean unitLevel,
                           Map<String, Integer> neighbours) {
        // "New York", "Washington": a bare name that is both a big city and a unit means the city
        // unless the text says "state" or treats the name as a unit.
        Candidate bigCity = bigCity(readings);
        boolean cityFirst = bigCity != null && !unitLevel && t.hint() != PlaceKind.ADMIN1 && readings.stream()
                .anyMatch(c -> c.kind() == PlaceKind.ADMIN1 && c.countryCode().equals(bigCity.countryCode()));
        Candidate best = null;
        double bestScore = -50;
        for (Candidate c : readings) {
            double s = score(t, c, countryWeight, units, stated, others);
            if (cityFirst && c.kind() == PlaceKind.ADMIN1) {
                s -= 6;
            } else if (unitLevel && c.kind() == PlaceKind.ADMIN1) {
                s += 2;
            }
            s += NEIGHBOUR_WEIGHT * Math.min(2, neighbours.getOrDefault(c.identity(), 0));
            if (s > bestScore) {
                best = c;
                bestScore = s;
            }
        }
        return best;
    }

    private double score(Toponym t, Candidate c, Map<String, Double> countryWeight, Map<String, Integer> units,
                         Candidate stated, List<Candidate> others) {
        double s;
        if (c.country() != null) {
            s = 8.5;
        } else if (c.region() != null) {
            s = 9;
        } else {
            GeoEntry e = c.entry();
            s = Math.log10(e.population() + 1.0);
            if (e.kind() == PlaceKind.ADMIN1) {
                s = 4.5 + s / 2;
            } else if (e.kind() == PlaceKind.ADMIN2) {
                // A county is rarely meant by its bare name ("Henry"), so only the unit word makes it likely.
                s = t.hint() == PlaceKind.ADMIN2 ? 4 + s / 2 : s / 2;
            }
            if (e.isCapital()) {
                s += 1.5;
            } else if (e.featureCode().equals("PPLA")) {
                s += 0.7;
            } else if (e.featureCode().equals("PPLA2")) {
                s += 0.3;
            }
            if (c.fuzzy()) {
                // A skeleton alone is too loose to place a name anywhere the article is not about.
                boolean inContext = countryWeight.getOrDefault(e.country(), 0.0) > 0
                        || (stated != null && e.country().equals(stated.countryCode()));
                s -= inContext ? 1.5 : 100;
            }
            if (t.hint() == PlaceKind.ADMIN1 && e.kind() == PlaceKind.ADMIN1) {
                s += 3;
            }
            if ("STATE_OR_PROVINCE".equals(t.nerType()) && e.kind() == PlaceKind.ADMIN1) {
                s += 1.5;
            }
            if ("CITY".equals(t.nerType()) && e.kind() == PlaceKind.LOCALITY) {
                s += 2;
            }
            if (NameKey.normal(e.name()).equals(NameKey.normal(nameOf(t)))) {
                s += 1.5; // its own name, not one of the alternate names other languages give it
            }
            if (units != null && e.kind() != PlaceKind.ADMIN1) {
                GeoEntry unit = gazetteer.unitOf(e);
                // A name's own unit reading does not vouch for its city reading ("New York").
                if (unit != null && units.containsKey(unit.id())
                        && !NameKey.normal(unit.name()).equals(NameKey.normal(nameOf(t)))) {
                    s += 3.5;
                }
            }
        }
        double w = countryWeight.getOrDefault(c.countryCode(), 0.0);
        if (w > 0) {
            s += 2 + Math.min(3, w * 0.75);
        }
        if (stated != null && c.entry() != null) {
            if (stated.country() != null && stated.country().iso2().equals(c.countryCode())) {
                s += 4;
            }
            if (stated.entry() != null && stated.kind() == PlaceKind.ADMIN1) {
                GeoEntry unit = gazetteer.unitOf(c.entry());
                if (unit != null && unit.id().equals(stated.entry().id())) {
                    s += 6;
                }
            }
        }
        if (others != null && c.entry() != null && c.kind() == PlaceKind.LOCALITY) {
            for (Candidate o : others) {
                if (o.entry() != null && o.kind() == PlaceKind.LOCALITY && !o.identity().equals(c.identity())
                        && distanceKm(o.lat(), o.lon(), c.lat(), c.lon()) < NEAR_KM) {
                    s += 1.5;
                    break;
                }
            }
        }
        return s;
    }

    /**
     * For each toponym, how many other names of the article could denote a place near each of its
     * local readings (by identity). Local news names places that lie together: "Paris" next to a
     * county that exists only near one of the Parises is that Paris, whatever their populations.
     */
    private List<Map<String, Integer>> neighbours(List<Toponym> toponyms, List<List<Candidate>> readings) {
        List<List<Candidate>> local = new ArrayList<>();
        Map<String, List<Candidate>> byName = new LinkedHashMap<>();
        for (int i = 0; i < toponyms.size(); i++) {
            List<Candidate> l = new ArrayList<>(local(readings.get(i)));
            boolean country = readings.get(i).stream().anyMatch(c -> c.country() != null);
            if (country && !toponyms.get(i).demonym()) {
                l.addAll(townsNamed(nameOf(toponyms.get(i))));
            }
            local.add(l);
            if (!country) {
                byName.putIfAbsent(NameKey.normal(nameOf(toponyms.get(i))), l);
            }
        }
        List<Map<String, Integer>> out = new ArrayList<>();
        for (int i = 0; i < toponyms.size(); i++) {
            String own = NameKey.normal(nameOf(toponyms.get(i)));
            Map<String, Integer> counts = new HashMap<>();
            for (Candidate c : local.get(i)) {
                int n = 0;
                for (Map.Entry<String, List<Candidate>> other : byName.entrySet()) {
                    if (other.getKey() != null && !other.getKey().equals(own)
                            && other.getValue().stream().anyMatch(o -> near(o, c))) {
                        n++;
                    }
                }
                counts.put(c.identity(), n);
            }
            out.add(counts);
        }
        return out;
    }

    /** The gazetteer's localities that bear a name as their own (not as an alternate name). */
    private List<Candidate> townsNamed(String name) {
        String normal = NameKey.normal(name);
        return gazetteer.byName(name).stream().filter(e -> e.kind() == PlaceKind.LOCALITY
                && NameKey.normal(e.name()).equals(normal)).map(e -> Candidate.of(e, false)).toList();
    }

    /** The readings of a toponym that are a locality or a county (a unit's centre says too little). */
    private static List<Candidate> local(List<Candidate> readings) {
        return readings.stream().filter(c -> c.entry() != null && !c.fuzzy()
                && (c.kind() == PlaceKind.LOCALITY || c.kind() == PlaceKind.ADMIN2)).toList();
    }

    private static boolean near(Candidate a, Candidate b) {
        return Math.abs(a.lat() - b.lat()) < 1.5 && distanceKm(a.lat(), a.lon(), b.lat(), b.lon()) < NEAR_KM;
    }

    /**
     * For each toponym, the index of the toponym the text says encloses it, else -1: the next one
     * in "X, Y" and "X in Y", the previous one in "Y's X" ("Utah's Zion National Park").
     */
    static int[] parents(String text, List<Toponym> toponyms) {
        int[] parent = new int[toponyms.size()];
        java.util.Arrays.fill(parent, -1);
        for (int i = 0; i + 1 < toponyms.size(); i++) {
            Toponym a = toponyms.get(i);
            Toponym b = toponyms.get(i + 1);
            if (a.sentence() != b.sentence() || b.span().start() < a.span().end() || a.demonym() || b.demonym()) {
                continue;
            }
            String between = text.substring(a.span().end(), b.span().start());
            if (ENCLOSED_BY.matcher(between).matches() && (text.charAt(a.span().end()) == ',' || a.cued())) {
                parent[i] = i + 1;
            } else if (POSSESSIVE.matcher(between).matches() && parent[i + 1] < 0) {
                parent[i + 1] = i;
            }
        }
        return parent;
    }

    /** "eastern Syria": the mean centre of the country's units that lie furthest that way. */
    Region directional(String name, Country country) {
        String dir = name.substring(0, name.indexOf(' ')).toLowerCase(Locale.ROOT);
        List<GeoEntry> units = gazetteer.unitsOf(country.iso2());
        double lat = country.lat();
        double lon = country.lon();
        if (units.size() >= 3 && !dir.equals("central")) {
            Comparator<GeoEntry> order = Comparator.comparingDouble(e -> 0.0);
            if (dir.contains("north")) {
                order = order.thenComparingDouble(e -> -e.lat());
            }
            if (dir.contains("south")) {
                order = order.thenComparingDouble(GeoEntry::lat);
            }
            if (dir.contains("east")) {
                order = order.thenComparingDouble(e -> -e.lon());
            }
            if (dir.contains("west")) {
                order = order.thenComparingDouble(GeoEntry::lon);
            }
            List<GeoEntry> side = units.stream().sorted(order).limit(Math.max(1, units.size() / 3)).toList();
            lat = side.stream().mapToDouble(GeoEntry::lat).average().orElse(lat);
            lon = side.stream().mapToDouble(GeoEntry::lon).average().orElse(lon);
        }
        return new Region(name, List.of(), lat, lon, country.iso2());
    }

    /**
     * The readings chosen, without those of the name's own mentions: they do not vouch for its
     * own reading, or a first guess ("Paris", France) would keep itself against the article.
     */
    private static List<Candidate> namedElse(List<Candidate> chosen, List<String> names, int except) {
        List<Candidate> rest = new ArrayList<>(chosen);
        for (int j = 0; j < rest.size(); j++) {
            if (names.get(j).equals(names.get(except))) {
                rest.set(j, null);
            }
        }
        return rest;
    }

    /**
     * The first-level units the article names, plus those its other names' counties lie in: a
     * county is local news's surest statement of the state ("Walker County" in Texas makes its
     * Huntsville the Texan one). Counts only other names' readings, never the name's own.
     */
    private Map<String, Integer> countyUnits(Map<String, Integer> units, List<Candidate> rest) {
        Map<String, Integer> out = new HashMap<>(units);
        for (Candidate c : rest) {
            if (c != null && c.kind() == PlaceKind.ADMIN2) {
                GeoEntry unit = gazetteer.unitOf(c.entry());
                if (unit != null) {
                    out.merge(unit.id(), 1, Integer::sum);
                }
            }
        }
        return out;
    }

    /** The article's countries, weighted, plus half a point per other mention placed in each. */
    private static Map<String, Double> contextCountries(Map<String, Double> countryWeight, List<Candidate> rest) {
        Map<String, Double> out = new HashMap<>(countryWeight);
        for (Candidate c : rest) {
            if (c != null && c.countryCode() != null && c.kind() != PlaceKind.COUNTRY) {
                out.merge(c.countryCode(), 0.5, Double::sum);
            }
        }
        return out;
    }

    private static List<Candidate> others(List<Candidate> chosen, int except) {
        List<Candidate> out = new ArrayList<>();
        Map<String, Candidate> seen = new LinkedHashMap<>();
        for (int i = 0; i < chosen.size(); i++) {
            if (i != except && chosen.get(i) != null) {
                seen.putIfAbsent(chosen.get(i).identity(), chosen.get(i));
            }
        }
        out.addAll(seen.values());
        return out;
    }

    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
