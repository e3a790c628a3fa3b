package org.sitrep.extract.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.extract.Syntax;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.model.Span;
import org.sitrep.resolve.Knowledge;

/**
 * Merges the mentions of one real-world actor into one {@link Actor}: acronyms the text
 * defines ("Syrian Democratic Forces (SDF)"), surnames of named persons, descriptions that refer
 * back to the article's main actor of their kind ("the militants"); gives persons their role and
 * affiliation from the words before their name ("UN spokesman Farhan Haq"); and sets aside
 * states the text uses as places ("in Syria"). Stateless and thread-safe.
 */
public final class ActorResolver {

    private static final Set<String> FORCE_WORDS = Set.of("troops", "soldiers", "forces", "army", "military",
            "police", "warplanes", "jets", "government", "officials", "embassy", "president", "minister");

    /** Participles that take a place as their object: "neighbouring Iraq" is a place, not an actor. */
    private static final java.util.regex.Pattern QUANTITY_PREFIX = java.util.regex.Pattern.compile(
            "^(?i)(?:(?:up to|at least|more than|about|some|nearly|almost|over|around|tens of|hundreds of|thousands of"
                    + "|dozens of|scores of|millions of)\\s+)?(?:[0-9][0-9,.]*|one|two|three|four|five|six|seven|eight|nine|ten"
                    + "|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozens|hundreds|thousands|scores)?"
                    + "(?:\\s+(?:hundred|thousand|million))?\\s*(?:of\\s+)?");
    /** Prepositions after which a state is a party, not a location: "action against Russia". */
    private static final Set<String> PARTY_PREPOSITIONS = Set.of("against", "with", "by", "between");
    private static final Set<String> SPATIAL_GOVERNORS = Set.of("neighbouring", "neighboring", "bordering",
            "including", "across", "near", "visiting", "entering", "leaving", "crossing", "reach", "reached");

    /** Adjectives that count or compare rather than describe: not part of a name. */
    private static final Set<String> NOT_DESCRIPTIONS = Set.of("many", "several", "other", "few", "various",
            "numerous", "some", "certain", "sure", "more", "most", "such", "same", "own", "entire", "whole", "total");

    private final Knowledge knowledge;

    public ActorResolver(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    public ActorSet resolve(AnnotatedArticle article, List<Mention> mentions) {
        List<Mention> actorMentions = new ArrayList<>();
        List<Mention> placeUses = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.kind() == ActorKind.STATE && m.group() == null && !usedAsActor(article.sentences().get(m.sentence()), m)) {
                // a named state may be a place ("in Syria"); "their countries of origin" never is
                placeUses.add(m);
            } else {
                actorMentions.add(m);
            }
        }
        Map<String, String> keyOf = new HashMap<>();
        acronyms(article, actorMentions, keyOf);
        surnames(actorMentions, keyOf);
        descriptions(actorMentions, keyOf);

        Map<String, List<Mention>> clusters = new LinkedHashMap<>();
        for (Mention m : actorMentions) {
            clusters.computeIfAbsent(canonical(keyOf, m.key()), k -> new ArrayList<>()).add(m);
        }
        List<Actor> actors = new ArrayList<>();
        Map<Mention, String> byMention = new HashMap<>();
        Map<String, String> idOfKey = new HashMap<>();
        for (Map.Entry<String, List<Mention>> c : clusters.entrySet()) {
            String id = "A" + (actors.size() + 1);
            idOfKey.put(c.getKey(), id);
            c.getValue().forEach(m -> byMention.put(m, id));
            actors.add(build(id, c.getValue()));
        }
        // Roles and titled names are read in text order (ActorSet orders the mentions), so that a
        // person's first title wins in every run; a hash map's order changes from run to run.
        ActorSet clustered = new ActorSet(actors, byMention, placeUses);
        actors = withRolesAndAffiliations(article, actors, clustered.byMention(), idOfKey);
        return new ActorSet(actors, clustered.byMention(), placeUses);
    }

    /**
     * A name with the words that describe it before it, "the rebel Harun Liberation Front":
     * "rebel Harun Liberation Front" is also a name the text uses; null if none come before.
     * A word that names another actor ends the description, and so does a word that counts
     * rather than describes ("many", "other"), a plural noun or a participle, which the parser
     * hangs there more often by mistake ("US-backed": the "backed" after the split).
     */
    private static String described(AnnotatedArticle article, Sentence s, Mention m, Map<Mention, String> byMention,
                                    String id) {
        int from = m.first();
        while (from > 0) {
            Token t = s.tokens().get(from - 1);
            // The words first: most names follow a word no description holds, and their sentence need not be parsed.
            boolean describing = (t.pos().equals("JJ") && !NOT_DESCRIPTIONS.contains(t.word().toLowerCase(Locale.ROOT))
                    || t.pos().equals("NN") || t.pos().startsWith("NNP")) && !MentionFinder.isAgencySuffix(t.word());
            Dependency d = describing ? s.parentOf(from - 1) : null;
            boolean modifier = d != null && d.head() >= from && d.head() < m.last()
                    && (d.rel().equals("amod") || d.rel().equals("compound"));
            if (!modifier) {
                break;
            }
            Mention other = mentionEndingAt(byMention, m.sentence(), from - 1);
            if (other != null && !id.equals(byMention.get(other))) {
                break;
            }
            from--;
        }
        return from == m.first() ? null : article.article().text().substring(s.tokens().get(from).start(), m.span().end());
    }

    /**
     * A state is an actor when it acts or is acted on, or qualifies a person, a force ("US
     * President") or a political act ("Ruritania's demand").
     */
    private boolean usedAsActor(Sentence s, Mention m) {
        if (m.last() - m.first() == 1 && m.surface().length() < s.tokens().get(m.first()).word().length()) {
            return true; // the "US" of "US-led"
        }
        if (m.last() + 1 < s.tokens().size() && s.tokens().get(m.last()).word().equals("-")
                && MentionFinder.isAgencySuffix(s.tokens().get(m.last() + 1).word())) {
            return true; // the same, split by the tokenizer: "US", "-", "led"
        }
        int head = Syntax.head(s, m.first(), m.last());
        String rel = Syntax.relation(s, head);
        int gov = Syntax.governor(s, head);
        String govWord = gov < 0 ? "" : s.tokens().get(gov).word().toLowerCase(Locale.ROOT);
        if (Syntax.isArgument(rel)) {
            return !SPATIAL_GOVERNORS.contains(govWord);
        }
        String preposition = Syntax.preposition(s, head);
        if (preposition != null && PARTY_PREPOSITIONS.contains(preposition)) {
            return true;
        }
        if (gov < 0) {
            return false;
        }
        boolean qualifies = rel.equals("compound") || rel.equals("nmod:poss") || rel.equals("amod");
        return qualifies && (FORCE_WORDS.contains(govWord) || knowledge.isTitle(govWord)
                || s.tokens().get(gov).ner().equals("PERSON") || knowledge.isActNoun(s.tokens().get(gov).lemma()));
    }

    /** "Long Name (LN)": later mentions of LN, whatever they matched, join Long Name. */
    private static void acronyms(AnnotatedArticle article, List<Mention> mentions, Map<String, String> keyOf) {
        String text = article.article().text();
        Map<String, String> acronymKey = new HashMap<>();
        for (Mention m : mentions) {
            int i = m.span().end();
            String rest = text.substring(i, Math.min(text.length(), i + 16));
            java.util.regex.Matcher x = java.util.regex.Pattern.compile("^\\s*\\(([A-Z][A-Za-z0-9.\\-]{1,9})\\)").matcher(rest);
            if (x.find() && !m.surface().equals(x.group(1))) {
                acronymKey.put(x.group(1), m.key());
            }
        }
        for (Mention m : mentions) {
            String target = acronymKey.get(m.surface());
            if (target != null && !target.equals(m.key())) {
                keyOf.put(m.key(), target);
            }
        }
    }

    /** "Trump" joins "Donald Trump" when the article names him in full. */
    private static void surnames(List<Mention> mentions, Map<String, String> keyOf) {
        Set<String> fullNames = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (m.kind() == ActorKind.PERSON && m.key().contains(" ")) {
                fullNames.add(m.key());
            }
        }
        for (Mention m : mentions) {
            if (m.kind() != ActorKind.PERSON || m.key().contains(" ")) {
                continue;
            }
            String surname = m.key().substring("person:".length());
            for (String full : fullNames) {
                if (full.endsWith(" " + surname)) {
                    keyOf.put(m.key(), full);
                    break;
                }
            }
        }
    }

    /** "The militants" refer to the most-mentioned named actor of their kind, if the article has one. */
    private static void descriptions(List<Mention> mentions, Map<String, String> keyOf) {
        Map<ActorKind, Map<String, Integer>> counts = new HashMap<>();
        for (Mention m : mentions) {
            if (m.group() == null && m.kind() != ActorKind.PERSON) {
                counts.computeIfAbsent(m.kind(), k -> new LinkedHashMap<>())
                        .merge(canonical(keyOf, m.key()), 1, Integer::sum);
            }
        }
        for (Mention m : mentions) {
            if (m.group() == null || m.group().refers() == null) {
                continue;
            }
            Map<String, Integer> candidates = counts.get(m.group().refers());
            if (candidates == null || candidates.isEmpty()) {
                continue;
            }
            String best = null;
            for (Map.Entry<String, Integer> e : candidates.entrySet()) {
                if (best == null || e.getValue() > candidates.get(best)) {
                    best = e.getKey();
                }
            }
            keyOf.put(m.key(), best);
        }
    }

    private static String canonical(Map<String, String> keyOf, String key) {
        String k = key;
        for (int guard = 0; guard < 10 && keyOf.containsKey(k); guard++) {
            k = keyOf.get(k);
        }
        return k;
    }

    private static Actor build(String id, List<Mention> mentions) {
        Mention first = mentions.get(0);
        Mention named = mentions.stream().filter(m -> m.entry() != null).findFirst().orElse(null);
        String name;
        ActorKind kind;
        String country;
        if (named != null) {
            name = named.entry().name();
            kind = named.entry().kind();
            country = named.entry().country();
        } else {
            Mention best = mentions.stream().filter(m -> m.group() == null).findFirst().orElse(first);
            kind = best.kind();
            country = best.country();
            name = best.group() != null ? best.group().name() : longestName(mentions, best);
        }
        Set<String> aliases = new LinkedHashSet<>();
        List<Span> spans = new ArrayList<>();
        for (Mention m : mentions) {
            if (!m.surface().equals(name)) {
                aliases.add(m.surface());
            }
            if (m.group() != null) {
                String bare = QUANTITY_PREFIX.matcher(m.surface()).replaceFirst("");
                if (!bare.isEmpty() && !bare.equals(m.surface()) && !bare.equals(name)) {
                    aliases.add(bare); // "Five hundred Ugandan rebels" is also "Ugandan rebels"
                }
            }
            spans.add(m.span());
        }
        return new Actor(id, name, kind, country, null, null, List.copyOf(aliases), spans);
    }

    private static String longestName(List<Mention> mentions, Mention fallback) {
        String best = fallback.surface();
        for (Mention m : mentions) {
            if (m.group() == null && m.kind() == fallback.kind() && m.surface().length() > best.length()
                    && !m.surface().equals(m.surface().toUpperCase(Locale.ROOT))) {
                best = m.surface();
            }
        }
        return best;
    }

    /** Titles and actors right before a person's name give its role and affiliation: "SDF spokesman X". */
    private List<Actor> withRolesAndAffiliations(AnnotatedArticle article, List<Actor> actors,
                                                 Map<Mention, String> byMention, Map<String, String> idOfKey) {
        Map<String, String> role = new HashMap<>();
        Map<String, String> affiliation = new HashMap<>();
        // Names the text uses beyond the mentions: "UN spokesman X", "rebel Harun Liberation Front"
        Map<String, Set<String>> longerNames = new HashMap<>();
        for (Map.Entry<Mention, String> e : byMention.entrySet()) {
            Mention m = e.getKey();
            Sentence s = article.sentences().get(m.sentence());
            if (m.kind() == ActorKind.PERSON) {
                int i = m.first() - 1;
                List<String> titleWords = new ArrayList<>();
                // a title's other words count once a title word is found: "Prime Minister X"
                while (i >= 0 && (knowledge.isTitle(s.tokens().get(i).word())
                        || !titleWords.isEmpty() && knowledge.isTitlePart(s.tokens().get(i).word()))) {
                    titleWords.add(0, s.tokens().get(i).word());
                    i--;
                }
                if (!titleWords.isEmpty()) {
                    role.putIfAbsent(e.getValue(), String.join(" ", titleWords));
                    String owner = i >= 0 ? actorEndingAt(byMention, m.sentence(), i) : null;
                    Mention ownerMention = i >= 0 ? mentionEndingAt(byMention, m.sentence(), i) : null;
                    int from = i + 1;
                    if (owner != null && !owner.equals(e.getValue())) {
                        affiliation.putIfAbsent(e.getValue(), owner);
                        from = ownerMention.first();
                    } else if (owner == null && i >= 0) {
                        from = nationalityStart(s, i, from);
                    }
                    // "UN spokesman Farhan Haq" is a name the text uses for him
                    longerNames.computeIfAbsent(e.getValue(), k -> new LinkedHashSet<>())
                            .add(article.article().text().substring(s.tokens().get(from).start(), m.span().end()));
                } else {
                    appositiveRole(s, m, byMention, e.getValue(), role, affiliation);
                }
            } else if (m.kind() != ActorKind.STATE) {
                String described = described(article, s, m, byMention, e.getValue());
                if (described != null) {
                    longerNames.computeIfAbsent(e.getValue(), k -> new LinkedHashSet<>()).add(described);
                }
            }
            if ((m.kind() == ActorKind.MILITARY || m.kind() == ActorKind.POLICE) && m.entry() == null
                    && m.country() != null) {
                for (Actor a : actors) {
                    if (a.kind() == ActorKind.STATE && m.country().equals(a.country())) {
                        affiliation.putIfAbsent(e.getValue(), a.id());
                    }
                }
            }
        }
        List<Actor> out = new ArrayList<>();
        for (Actor a : actors) {
            String aff = affiliation.get(a.id());
            String country = a.country();
            if (country == null && aff != null && a.kind() == ActorKind.PERSON) {
                Actor owner = actors.stream().filter(x -> x.id().equals(aff)).findFirst().orElse(null);
                if (owner != null && (owner.kind() == ActorKind.STATE || owner.kind() == ActorKind.GOVERNMENT)) {
                    country = owner.country();
                }
            }
            Set<String> aliases = new LinkedHashSet<>(a.aliases());
            aliases.addAll(longerNames.getOrDefault(a.id(), Set.of()));
            aliases.remove(a.name());
            out.add(new Actor(a.id(), a.name(), a.kind(), country, role.get(a.id()), aff, List.copyOf(aliases),
                    a.mentions()));
        }
        return out;
    }

    /**
     * Where a titled name starts when a capitalised adjective or possessed name no actor covers
     * precedes the title ("Serbian President X", "Taiwan's Vice Foreign Minister X"): the text
     * names the person with it, so it belongs in the alias.
     */
    static int nationalityStart(Sentence s, int i, int from) {
        Token t = s.tokens().get(i);
        if (t.pos().equals("POS") && i > 0 && s.tokens().get(i - 1).pos().startsWith("NNP")) {
            return i - 1;
        }
        boolean capital = !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0));
        return capital && (t.pos().equals("JJ") || t.pos().startsWith("NNP")) ? i : from;
    }

    private static final Set<String> OWNER_PREPOSITIONS = Set.of("with", "for", "of", "from");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /**
     * A role given in apposition: "X, a spokesman for the coalition" after the name, or "a
     * fighter with the SDF, X" before it. The title must be a known title word and the owner an
     * actor that the preposition introduces.
     */
    private void appositiveRole(Sentence s, Mention m, Map<Mention, String> byMention, String person,
                                Map<String, String> role, Map<String, String> affiliation) {
        List<Token> t = s.tokens();
        int j = m.last();
        if (j + 2 < t.size() && t.get(j).word().equals(",")) {
            int k = j + 1;
            if (ARTICLES.contains(t.get(k).word().toLowerCase(Locale.ROOT))) {
                k++;
            }
            int titleStart = k;
            while (k < t.size() && knowledge.isTitle(t.get(k).word())) {
                k++;
            }
            if (k > titleStart) {
                role.putIfAbsent(person, joined(t, titleStart, k));
                if (k + 1 < t.size() && OWNER_PREPOSITIONS.contains(t.get(k).word().toLowerCase(Locale.ROOT))) {
                    String owner = actorStartingAfter(byMention, m.sentence(), k + 1, t);
                    if (owner != null && !owner.equals(person)) {
                        affiliation.putIfAbsent(person, owner);
                    }
                }
                return;
            }
        }
        int comma = m.first() - 1;
        if (comma < 3 || !t.get(comma).word().equals(",")) {
            return;
        }
        String owner = actorEndingAt(byMention, m.sentence(), comma - 1);
        Mention ownerMention = mentionEndingAt(byMention, m.sentence(), comma - 1);
        if (owner == null || ownerMention == null || owner.equals(person)) {
            return;
        }
        int k = ownerMention.first() - 1;
        if (k >= 0 && ARTICLES.contains(t.get(k).word().toLowerCase(Locale.ROOT))) {
            k--;
        }
        if (k < 1 || !OWNER_PREPOSITIONS.contains(t.get(k).word().toLowerCase(Locale.ROOT))) {
            return;
        }
        int titleEnd = k;
        while (k - 1 >= 0 && knowledge.isTitle(t.get(k - 1).word())) {
            k--;
        }
        if (k < titleEnd) {
            role.putIfAbsent(person, joined(t, k, titleEnd));
            affiliation.putIfAbsent(person, owner);
        }
    }

    private static String joined(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(i > from ? " " : "").append(tokens.get(i).word());
        }
        return b.toString();
    }

    /** The actor whose mention starts at {@code token}, or right after an article there. */
    private static String actorStartingAfter(Map<Mention, String> byMention, int sentence, int token, List<Token> t) {
        int start = token < t.size() && ARTICLES.contains(t.get(token).word().toLowerCase(Locale.ROOT)) ? token + 1 : token;
        for (Map.Entry<Mention, String> e : byMention.entrySet()) {
            Mention m = e.getKey();
            if (m.sentence() == sentence && (m.first() == start || m.first() == token)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static Mention mentionEndingAt(Map<Mention, String> byMention, int sentence, int token) {
        for (Mention m : byMention.keySet()) {
            if (m.sentence() == sentence && m.last() == token + 1) {
                return m;
            }
        }
        return null;
    }

    private static String actorEndingAt(Map<Mention, String> byMention, int sentence, int token) {
        for (Map.Entry<Mention, String> e : byMention.entrySet()) {
            Mention m = e.getKey();
            if (m.sentence() == sentence && m.last() == token + 1) {
                return e.getValue();
            }
        }
        return null;
    }
}
