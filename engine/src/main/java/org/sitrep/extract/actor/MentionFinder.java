package org.sitrep.extract.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.ActorKind;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.resolve.Country;
import org.sitrep.resolve.DictionaryActor;
import org.sitrep.resolve.GroupNoun;
import org.sitrep.resolve.Knowledge;
import org.sitrep.resolve.PhraseIndex;

/**
 * Finds every would-be actor mention in an article: actor-dictionary names (also as the
 * prefix of "US-led"), named persons and organisations, a country's forces ("US troops"),
 * and group nouns ("up to 2,000 civilians"). Stateless and thread-safe.
 */
public final class MentionFinder {

    private static final Pattern HYPHEN_PREFIX = Pattern.compile("^(.+?)-([a-z]+)$");
    private static final Set<String> FORCE_NOUNS = Set.of("troops", "soldiers", "forces", "army", "military",
            "police", "policemen", "warplanes", "jets", "navy", "marines", "commandos", "special forces",
            "government", "authorities");
    private static final Set<String> GOVERNMENT_NOUNS = Set.of("government", "authorities");
    private static final Pattern NUMBER = Pattern.compile("[0-9][0-9,.]*|dozens|hundreds|thousands|scores|millions|tens");

    /**
     * Name tags of a proper noun that says which people a group noun is ("Ruritanian rebels"; the
     * tagger often calls such a people a place). A person or organisation before the noun is a
     * mention of its own.
     */
    private static final Set<String> PEOPLE_NER = Set.of("NATIONALITY", "RELIGION", "IDEOLOGY", "LOCATION");

    private static final Set<String> AGENCY_SUFFIXES = Set.of("led", "backed", "based", "allied", "funded",
            "sponsored", "supported", "trained", "controlled", "held", "run", "aligned", "linked");

    private final Knowledge knowledge;

    public MentionFinder(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    public List<Mention> find(AnnotatedArticle article) {
        List<Mention> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            List<Mention> inSentence = new ArrayList<>();
            forces(s, inSentence);
            authors(s, inSentence);
            dictionary(s, inSentence);
            hyphenPrefixes(s, inSentence);
            entities(s, inSentence);
            groups(s, inSentence);
            inSentence.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
            out.addAll(inSentence);
        }
        return out;
    }

    private void dictionary(Sentence s, List<Mention> out) {
        List<String> words = s.tokens().stream().map(Token::word).toList();
        for (PhraseIndex.Match<DictionaryActor> m : knowledge.actors().find(words)) {
            DictionaryActor e = m.value();
            addIfFree(out, mention(s, m.first(), m.last(), e.name(), e.kind(), e.country(), e, null));
        }
    }

    private void hyphenPrefixes(Sentence s, List<Mention> out) {
        for (Token t : s.tokens()) {
            Matcher m = HYPHEN_PREFIX.matcher(t.word());
            if (!m.matches() || !isAgencySuffix(m.group(2))) {
                continue;
            }
            DictionaryActor e = knowledge.actors().lookup(m.group(1));
            if (e != null) {
                Span span = new Span(t.start(), t.start() + m.group(1).length());
                addIfFree(out, new Mention(span, s.index(), t.index(), t.index() + 1, m.group(1), e.name(),
                        e.kind(), e.country(), e, null));
            }
        }
    }

    /** Whether a word after a hyphen makes the name before it an agent: "US-led", "Iran-backed". */
    static boolean isAgencySuffix(String word) {
        return AGENCY_SUFFIXES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "US troops", "Turkish soldiers", "Iraqi police", "Ghanaian authorities": a country's forces or government as one actor. */
    private void forces(Sentence s, List<Mention> out) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String noun = tokens.get(i + 1).word().toLowerCase(Locale.ROOT);
            if (!FORCE_NOUNS.contains(noun)) {
                continue;
            }
            Country c = countryOf(tokens.get(i).word());
            if (c == null) {
                continue;
            }
            if (knowledge.actors().lookup(tokens.get(i).word() + " " + tokens.get(i + 1).word()) != null) {
                continue; // the dictionary knows this one by name ("Syrian government")
            }
            ActorKind kind = noun.startsWith("police") ? ActorKind.POLICE
                    : GOVERNMENT_NOUNS.contains(noun) ? ActorKind.GOVERNMENT : ActorKind.MILITARY;
            String key = GOVERNMENT_NOUNS.contains(noun) ? c.iso2() + " government" : c.iso2() + " " + noun;
            addIfFree(out, mention(s, i, i + 2, key, kind, c.iso2(), null, null));
        }
    }

    /**
     * "a Ruritanian proposal", "Ruritanian mediation": a demonym before a political act names the state
     * that acts, as one mention of that state (with its dictionary entry, so it joins the
     * state's other mentions).
     */
    private void authors(Sentence s, List<Mention> out) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!knowledge.isActNoun(tokens.get(i + 1).lemma())) {
                continue;
            }
            Country c = knowledge.countries().byDemonym(tokens.get(i).word());
            DictionaryActor e = c == null ? null : knowledge.actors().lookup(c.name());
            if (e != null && e.kind() == ActorKind.STATE) {
                addIfFree(out, mention(s, i, i + 1, e.name(), e.kind(), e.country(), e, null));
            }
        }
    }

    private Country countryOf(String word) {
        Country c = knowledge.countries().byDemonym(word);
        if (c != null) {
            return c;
        }
        DictionaryActor e = knowledge.actors().lookup(word);
        return e != null && e.kind() == ActorKind.STATE ? knowledge.countries().byCode(e.country()) : null;
    }

    private void entities(Sentence s, List<Mention> out) {
        for (EntityMention e : s.entities()) {
            switch (e.type()) {
                case "PERSON" -> addIfFree(out, mention(s, e.firstToken(), e.lastToken(), "person:" + e.text(),
                        ActorKind.PERSON, null, null, null));
                case "ORGANIZATION" -> {
                    DictionaryActor d = knowledge.actors().lookup(e.text());
                    if (d != null) {
                        addIfFree(out, mention(s, e.firstToken(), e.lastToken(), d.name(), d.kind(), d.country(), d, null));
                    } else {
                        ActorKind kind = knowledge.kindOfOrganisation(e.text());
                        addIfFree(out, mention(s, e.firstToken(), e.lastToken(), "org:" + e.text(),
                                kind == null ? ActorKind.ORGANIZATION : kind, null, null, null));
                    }
                }
                default -> {
                }
            }
        }
    }

    private void groups(Sentence s, List<Mention> out) {
        List<String> words = s.tokens().stream().map(t -> t.word().toLowerCase(Locale.ROOT)).toList();
        for (PhraseIndex.Match<GroupNoun> m : knowledge.groups().find(words)) {
            GroupNoun g = m.value();
            int first = quantityStart(s, modifierStart(s, m.first(), out));
            String key = g.refers() != null ? "descr:" + g.name() : "group:" + g.name();
            addIfFree(out, mention(s, first, m.last(), key, g.kind(), null, null, g));
        }
        for (Token t : s.tokens()) {
            boolean people = t.ner().equals("NATIONALITY") || t.ner().equals("RELIGION") || knowledge.isPeople(t.word());
            if (people && t.pos().equals("NNPS")) {
                addIfFree(out, mention(s, t.index(), t.index() + 1, "people:" + t.word(), ActorKind.CIVILIANS, null, null, null));
            }
        }
    }

    /**
     * Extends a group noun leftwards over its adjectives, proper-noun modifiers and possessor:
     * "his European allies", "Shona rebels", "Vietnamese-led forces"; never into another mention.
     */
    private int modifierStart(Sentence s, int first, List<Mention> taken) {
        int i = first;
        while (i > 0) {
            Token prev = s.tokens().get(i - 1);
            if (taken.stream().anyMatch(m -> m.first() <= prev.index() && prev.index() < m.last())) {
                break;
            }
            // an untyped proper noun is one too ("Zembian guerrillas"), and a people the tagger typed otherwise
            boolean adjective = prev.pos().startsWith("JJ") || prev.ner().equals("NATIONALITY")
                    || prev.pos().startsWith("NNP") && (PEOPLE_NER.contains(prev.ner()) || prev.ner().equals("O")
                    || knowledge.isPeopleWord(prev.word()));
            if (adjective || prev.pos().equals("PRP$")) {
                i--;
                if (prev.pos().equals("PRP$")) {
                    break;
                }
            } else {
                break;
            }
        }
        return i;
    }

    /** Extends a group noun leftwards over its quantity: "up to 2,000", "hundreds of", "at least 12". */
    private static int quantityStart(Sentence s, int first) {
        List<Token> t = s.tokens();
        int i = first;
        if (i >= 2 && t.get(i - 1).word().equalsIgnoreCase("of") && NUMBER.matcher(t.get(i - 2).word().toLowerCase(Locale.ROOT)).matches()) {
            i -= 2;
        } else if (i >= 1 && (t.get(i - 1).pos().equals("CD") || NUMBER.matcher(t.get(i - 1).word()).matches())) {
            i -= 1;
        } else {
            return first;
        }
        if (i >= 2 && Set.of("up to", "at least", "more than", "less than", "fewer than", "as many")
                .contains((t.get(i - 2).word() + " " + t.get(i - 1).word()).toLowerCase(Locale.ROOT))) {
            i -= 2;
        } else if (i >= 1 && Set.of("about", "around", "some", "nearly", "almost", "over", "roughly")
                .contains(t.get(i - 1).word().toLowerCase(Locale.ROOT))) {
            i -= 1;
        }
        return i;
    }

    private static Mention mention(Sentence s, int first, int last, String key, ActorKind kind, String country,
                                   DictionaryActor entry, GroupNoun group) {
        Span span = new Span(s.tokens().get(first).start(), s.tokens().get(last - 1).end());
        String surface = s.text().substring(span.start() - s.span().start(), span.end() - s.span().start());
        return new Mention(span, s.index(), first, last, surface, key, kind, country, entry, group);
    }

    private static void addIfFree(List<Mention> out, Mention m) {
        for (Mention other : out) {
            if (other.overlaps(m)) {
                return;
            }
        }
        out.add(m);
    }
}
