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
 * Finds the toponyms of an article: named regions, states the actor stage saw used as places,
 * names a feature word makes places ("X River", "X County", "Lake X"), NER locations (joined where
 * NER split a name the gazetteer knows), capitalised names after place cues ("the village of X",
 * "near X", "X province") that the gazetteer knows or the cue vouches for, home towns after a
 * person ("X of Y,"), and demonyms. Thread-safe.
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
    static final Set<String> GENERIC = DataFile.rows(ToponymFinder.class,
            "/org/sitrep/resolve/geo/generic-place-words.txt").stream().map(r -> r[0]).collect(Collectors.toUnmodifiableSet());

    /** Parts of speech that never belong to a name, even capitalised ("The", "In", "And"). */
    private static final Set<String> NOT_NAME_POS = Set.of("DT", "IN", "CC", "PRP", "PRP$", "WDT", "WP", "TO", "MD",
            "POS", "RB", "EX", "UH");
    private static final Set<String> NUMERIC_TYPES = Set.of("DATE", "TIME", "DURATION", "MONEY", "NUMBER",
            "ORDINAL", "PERCENT", "SET");

    private final Countries countries;
    private final Gazetteer gazetteer;
    private final Regions regions;
    private final FeatureNames featureNames;

    ToponymFinder(Countries countries, Gazetteer gazetteer, Regions regions) {
        this.countries = countries;
        this.gazetteer = gazetteer;
        this.regions = regions;
        this.featureNames = new FeatureNames(gazetteer);
    }

    List<Toponym> find(AnnotatedArticle article, ActorSet actors) {
        String text = article.article().text();
        List<Toponym> found = new ArrayList<>();
        // Regions first: "the Gulf of Mexico" is a sea, not a use of the state Mexico.
        for (Sentence s : article.sentences()) {
            regions(s, text, found);
        }
        for (Mention m : actors.placeUses()) {
            if (taken(found, m.span())) {
                continue;
            }
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
            featureNames.find(s, text, actors, found);
            entities(s, actors, found);
            cued(s, text, actors, found);
            residences(s, text, found);
            demonymBorders(s, found);
        }
        for (Sentence s : article.sentences()) {
            demonyms(s, found);
        }
        found.sort(Comparator.comparingInt(t -> t.span().start()));
        for (int i = 0; i < found.size(); i++) {
            Toponym f = found.get(i);
            if (f.sentence() >= 0 && modifies(article.sentences().get(f.sentence()), f.span())) {
                found.set(i, f.asModifier());
            }
        }
        return found;
    }

    /** Whether the word after a span is a noun or adjective the name modifies ("Palestine police"). */
    private static boolean modifies(Sentence s, Span span) {
        for (Token k : s.tokens()) {
            if (k.start() >= span.end()) {
                return k.pos().startsWith("NN") || k.pos().startsWith("JJ");
            }
        }
        return false;
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
        for (EntityMention e : joined(s)) {
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
            found.add(new Toponym(span, s.index(), withPeriod(e.text(), s.tokens().get(e.lastToken() - 1)), hint, c,
                    null, hint != null, e.type()));
        }
    }

    /** A capitalised word that may belong to a name: not a function word, a number or a date. */
    static boolean nameWord(List<Token> t, int j) {
        Token k = t.get(j);
        return capitalised(k) && !NOT_NAME_POS.contains(k.pos()) && !NUMERIC_TYPES.contains(k.ner())
                && (j > 0 || k.isProperNoun());
    }

    static boolean followedByName(List<Token> t, int i) {
        return i + 1 < t.size() && capitalised(t.get(i + 1)) && t.get(i + 1).isProperNoun();
    }

    static boolean capitalised(Token k) {
        return !k.word().isEmpty() && Character.isUpperCase(k.word().charAt(0));
    }

    /**
     * The sentence's entities, with two neighbouring place entities joined where the gazetteer
     * knows the joined name (NER tags "Yellow" a location and "Springs" a city; "Baja" and
     * "California"; not "North" and "Richmond": the north of Richmond), and a city's "City" taken
     * in ("Calamba City", "Quebec City"; not "Calamba City Hall"), under the joined name where the
     * gazetteer knows it.
     */
    private List<EntityMention> joined(Sentence s) {
        List<EntityMention> in = s.entities().stream().filter(e -> e.firstToken() >= 0
                && e.lastToken() <= s.tokens().size() && e.firstToken() < e.lastToken())
                .sorted(Comparator.comparingInt(EntityMention::firstToken)).toList();
        List<EntityMention> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            EntityMention e = in.get(i);
            if (i + 1 < in.size() && PLACE_TYPES.contains(e.type()) && PLACE_TYPES.contains(in.get(i + 1).type())
                    && e.lastToken() == in.get(i + 1).firstToken()
                    && !DIRECTIONS.contains(e.text().toLowerCase(Locale.ROOT))
                    && !in.get(i + 1).text().equals("City")) {
                EntityMention b = in.get(i + 1);
                String text = s.text().substring(e.span().start() - s.span().start(),
                        b.span().end() - s.span().start());
                if (!gazetteer.byName(text).isEmpty()) {
                    out.add(new EntityMention(text, b.type(), e.sentence(), e.firstToken(), b.lastToken(),
                            new Span(e.span().start(), b.span().end())));
                    i++;
                    continue;
                }
            }
            if (PLACE_TYPES.contains(e.type()) && e.lastToken() < s.tokens().size()
                    && s.tokens().get(e.lastToken()).word().equals("City")
                    && !followedByName(s.tokens(), e.lastToken())) {
                Token city = s.tokens().get(e.lastToken());
                String text = e.text() + " City";
                e = new EntityMention(gazetteer.byName(text).isEmpty() ? e.text() : text, e.type(), e.sentence(),
                        e.firstToken(), e.lastToken() + 1, new Span(e.span().start(), city.end()));
            }
            out.add(e);
        }
        return out;
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
            String surface = withPeriod(name.of(text), t.get(end - 1));
            boolean known = !gazetteer.byName(surface).isEmpty() || countries.byName(surface) != null;
            if (ofCue != null || unit != null || known) {
                PlaceKind hint = unit != null ? unit : ofCue;
                found.add(new Toponym(span, s.index(), surface, hint, unit == null ? countries.byName(surface) : null,
                        null, ofCue != null || unit != null, null));
            }
            i = end - 1;
        }
    }

    /**
     * The town news gives as a person's home, which NER often tags as part of the person: "Mindy
     * Miller of Ravenel, whose son", "Sean Bowers, 19, of Martinez,". Kept only where the
     * gazetteer knows a locality of that name, and then only as a weakly cued name.
     */
    private void residences(Sentence s, String text, List<Toponym> found) {
        List<Token> t = s.tokens();
        for (int i = 2; i < t.size(); i++) {
            if (!t.get(i - 1).word().equals("of") || !"PERSON".equals(t.get(i).ner())) {
                continue;
            }
            Token before = t.get(i - 2);
            boolean person = "PERSON".equals(before.ner())
                    || (before.word().equals(",") && i >= 3 && "NUMBER".equals(t.get(i - 3).ner()));
            int end = i;
            while (end < t.size() && end - i < 3 && capitalised(t.get(end)) && t.get(end).isProperNoun()) {
                end++;
            }
            if (!person || end == i || (end < t.size() && !t.get(end).word().equals(",")
                    && !t.get(end).word().equals("."))) {
                continue;
            }
            Span span = new Span(t.get(i).start(), t.get(end - 1).end());
            String name = span.of(text);
            if (!taken(found, span) && gazetteer.byName(name).stream().anyMatch(e -> e.kind() == PlaceKind.LOCALITY)) {
                found.add(new Toponym(span, s.index(), name, null, null, null, false, null));
            }
            i = end;
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
            // The mention is the word that names the country; "border" only says it is a place.
            Span span = new Span(t.get(i).start(), t.get(i).end());
            if (c != null && !taken(found, span)) {
                found.add(new Toponym(span, s.index(), c.name(), null, c, null, true, null));
            }
        }
    }

    /**
     * Demonyms that name a country through its people or its state: "Russian officials", "the
     * Georgian-controlled villages", "Palestinians". Not a language ("speaks Spanish", no noun
     * follows), not part of another proper name ("Percy French", "Quiche Indians") and not a person.
     */
    private void demonyms(Sentence s, List<Toponym> found) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            Token k = t.get(i);
            String w = k.word();
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || "PERSON".equals(k.ner())) {
                continue;
            }
            Country c = countries.byDemonym(w);
            boolean plural = false;
            if (c == null && w.length() > 3 && w.endsWith("s")) {
                c = countries.byDemonym(w.substring(0, w.length() - 1));
                plural = c != null;
            }
            if (c == null) {
                continue;
            }
            Token before = i > 0 ? t.get(i - 1) : null;
            if (before != null && (before.word().equals("-") || (before.isProperNoun()
                    && Character.isUpperCase(before.word().charAt(0))))) {
                continue;
            }
            Token after = i + 1 < t.size() ? t.get(i + 1) : null;
            boolean modifies = after != null && (after.pos().startsWith("NN") || after.pos().startsWith("JJ")
                    || after.word().equals("-"));
            Span span = new Span(k.start(), k.end());
            if ((plural || modifies) && !taken(found, span)) {
                found.add(new Toponym(span, s.index(), c.name(), null, c, null, true, null, true));
            }
        }
    }

    /**
     * The name with the period of its last word, which the tokenizer moves out of the span when it
     * also ends the sentence ("in Newton County, Ga."): it is what makes "Ga." an abbreviation.
     */
    private static String withPeriod(String name, Token last) {
        return last.word().endsWith(".") && !name.endsWith(".") && name.endsWith(
                last.word().substring(0, last.word().length() - 1)) ? name + "." : name;
    }

    static boolean taken(List<Toponym> found, Span span) {
        return found.stream().anyMatch(f -> f.span().overlaps(span));
    }
}
