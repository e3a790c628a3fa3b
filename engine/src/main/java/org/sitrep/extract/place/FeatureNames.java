package org.sitrep.extract.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.extract.actor.ActorSet;
import org.sitrep.model.PlaceKind;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.resolve.DataFile;
import org.sitrep.resolve.geo.Gazetteer;

/**
 * Finds the names a feature word makes places, whatever NER tagged their words: "X River", "X
 * National Park", "Lake X", "Gulf of X" ({@code feature-words.tsv}), "X County", and the units
 * of a list before a plural unit word ("Anderson and Cherokee counties"). Stateless, thread-safe.
 */
final class FeatureNames {

    /** Words that end ("Indian Ocean") or start ("Lake Lanier", "Gulf of Alaska") a feature's name (a data file). */
    private static final List<String[]> FEATURE_WORDS = DataFile.rows(FeatureNames.class,
            "/org/sitrep/resolve/geo/feature-words.tsv");
    private static final Set<String> FEATURE_LAST = FEATURE_WORDS.stream().filter(r -> r[1].equals("after"))
            .map(r -> r[0]).collect(Collectors.toUnmodifiableSet());
    private static final List<String[]> FEATURE_FIRST = FEATURE_WORDS.stream().filter(r -> r[1].equals("before"))
            .map(r -> r[0].split(" ")).toList();
    /** Plural unit words that close a list of units' names: "Anderson and Cherokee counties". */
    private static final Map<String, PlaceKind> PLURAL_UNITS = Map.of("counties", PlaceKind.ADMIN2, "parishes",
            PlaceKind.ADMIN2, "districts", PlaceKind.ADMIN2, "provinces", PlaceKind.ADMIN1, "governorates",
            PlaceKind.ADMIN1);
    private static final Set<String> LIST_JOINERS = Set.of("and", "or", "&");

    private final Gazetteer gazetteer;

    FeatureNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Names a feature word makes a place whatever NER tagged their words, which it often splits
     * ("Zion" a city, "National Park" a location; "Henry County" a person): "X County" and "X
     * Parish" (units, even inside a longer name: "the Henry County Commission"), "X River", "X
     * National Park", "Lake X", "Gulf of X". A feature name that runs on into another capitalised
     * word names something else ("Mount Hood Community College", "River Road") and is left alone.
     */
    void find(Sentence s, String text, ActorSet actors, List<Toponym> found) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            PlaceKind units = PLURAL_UNITS.get(t.get(i).word());
            if (units != null) {
                unitList(s, text, i, units, found);
                continue;
            }
            if (!ToponymFinder.capitalised(t.get(i))) {
                continue;
            }
            String w = t.get(i).word().toLowerCase(Locale.ROOT);
            PlaceKind unit = w.equals("county") || w.equals("parish") ? PlaceKind.ADMIN2 : null;
            if (unit != null || FEATURE_LAST.contains(w)) {
                int first = i;
                while (first > 0 && i - first < 4 && ToponymFinder.nameWord(t, first - 1)) {
                    first--;
                }
                if (first == i || (unit == null
                        && (ToponymFinder.followedByName(t, i) || "PERSON".equals(t.get(i).ner())))) {
                    continue;
                }
                if (unit != null) {
                    first = unitStart(t, text, first, i);
                }
                Span name = new Span(t.get(first).start(), t.get(i - 1).end());
                Span span = new Span(name.start(), t.get(i).end());
                if (!ToponymFinder.taken(found, span) && (unit != null || actors.actorIn(span) == null)) {
                    found.add(new Toponym(span, s.index(), (unit != null ? name : span).of(text),
                            unit != null ? unit : PlaceKind.SITE, null, null, true, null));
                }
                continue;
            }
            int head = firstWords(t, i);
            if (head > i) {
                int end = head;
                while (end < t.size() && end - head < 4 && ToponymFinder.nameWord(t, end)) {
                    end++;
                }
                if (end == head || ToponymFinder.followedByName(t, end - 1)
                        || ToponymFinder.GENERIC.contains(t.get(end - 1).word().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                Span span = new Span(t.get(i).start(), t.get(end - 1).end());
                if (!ToponymFinder.taken(found, span) && actors.actorIn(span) == null) {
                    found.add(new Toponym(span, s.index(), span.of(text), PlaceKind.SITE, null, null, true, null));
                }
                i = end - 1;
            }
        }
    }

    /**
     * The names a list puts before a plural unit word, each a unit of that kind: "Butler, Clark or
     * Warren counties", "Anderson and Cherokee counties". A single name is no list ("adjacent
     * Tennessee counties" are counties in Tennessee) and is left alone.
     */
    private void unitList(Sentence s, String text, int head, PlaceKind kind, List<Toponym> found) {
        List<Token> t = s.tokens();
        List<Span> names = new ArrayList<>();
        int j = head;
        while (true) {
            int start = j;
            while (start > 0 && j - start < 3 && ToponymFinder.nameWord(t, start - 1)) {
                start--;
            }
            if (start == j) {
                break;
            }
            names.add(new Span(t.get(start).start(), t.get(j - 1).end()));
            j = start;
            boolean joined = false;
            if (j > 0 && LIST_JOINERS.contains(t.get(j - 1).word().toLowerCase(Locale.ROOT))) {
                j--;
                joined = true;
            }
            if (j > 0 && t.get(j - 1).word().equals(",")) {
                j--;
                joined = true;
            }
            if (!joined) {
                break;
            }
        }
        if (names.size() < 2) {
            return;
        }
        for (Span name : names) {
            if (!ToponymFinder.taken(found, name)) {
                found.add(new Toponym(name, s.index(), name.of(text), kind, null, null, true, null));
            }
        }
    }

    /**
     * Where the name of the unit word at {@code unit} starts: the longest run of the capitalised
     * words before it (from {@code first}, or joined by a hyphen: "Miami-Dade") that the gazetteer
     * knows as a second-level unit, else the run without hyphenated parts: "Miss Greater Butler
     * County" is Butler County, "the Greenbrier-Pocahontas County line" Pocahontas County.
     */
    private int unitStart(List<Token> t, String text, int first, int unit) {
        int from = first;
        while (from >= 2 && t.get(from - 1).word().equals("-") && t.get(from - 1).end() == t.get(from).start()
                && t.get(from - 2).end() == t.get(from - 1).start() && ToponymFinder.nameWord(t, from - 2)) {
            from -= 2;
        }
        for (int j = from; j < unit; j++) {
            if (j > from && t.get(j - 1).word().equals("-")) {
                continue;
            }
            String name = text.substring(t.get(j).start(), t.get(unit - 1).end());
            if (gazetteer.byName(name).stream().anyMatch(e -> e.kind() == PlaceKind.ADMIN2)) {
                return j;
            }
        }
        return first;
    }

    /** End of the words of a feature word that starts a name at {@code i} ("Gulf of"), else {@code i}. */
    private static int firstWords(List<Token> t, int i) {
        for (String[] words : FEATURE_FIRST) {
            int j = 0;
            while (j < words.length && i + j < t.size() && t.get(i + j).word().equalsIgnoreCase(words[j])) {
                j++;
            }
            if (j == words.length) {
                return i + j;
            }
        }
        return i;
    }
}
