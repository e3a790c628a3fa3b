package org.sitrep.extract.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Dependency;
import org.sitrep.model.Article;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.resolve.Knowledge;

/** Persons' roles and affiliations, on hand-tokenised sentences whose PERSON entities are given. */
class ActorResolverTest {

    private static final Knowledge KNOWLEDGE = Knowledge.embedded();

    /** One sentence of space-separated words; {@code person} is the [first, last) token range of a PERSON. */
    private static AnnotatedArticle sentence(String words, int personFirst, int personLast) {
        String[] w = words.split(" ");
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < w.length; i++) {
            tokens.add(new Token(i, w[i], w[i].toLowerCase(), Character.isUpperCase(w[i].charAt(0)) ? "NNP" : "NN",
                    i >= personFirst && i < personLast ? "PERSON" : "O", at, at + w[i].length()));
            at += w[i].length() + 1;
        }
        Span personSpan = new Span(tokens.get(personFirst).start(), tokens.get(personLast - 1).end());
        String person = words.substring(personSpan.start(), personSpan.end());
        Sentence s = new Sentence(0, new Span(0, words.length()), words, tokens, List.of(),
                List.of(new EntityMention(person, "PERSON", 0, personFirst, personLast, personSpan)), List.of());
        Article a = new Article("t", null, null, LocalDateTime.of(2020, 1, 1, 0, 0), null, null, "en", List.of(), words,
                List.of());
        return new AnnotatedArticle(a, List.of(s), List.of());
    }

    private static Actor resolved(AnnotatedArticle a, String name) {
        ActorSet set = new ActorResolver(KNOWLEDGE).resolve(a, new MentionFinder(KNOWLEDGE).find(a));
        return set.actors().stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
    }

    private static String nameOf(AnnotatedArticle a, String id) {
        ActorSet set = new ActorResolver(KNOWLEDGE).resolve(a, new MentionFinder(KNOWLEDGE).find(a));
        return set.byId(id).name();
    }

    @Test
    void aTitleAndActorBeforeTheNameGiveRoleAndAffiliation() {
        AnnotatedArticle a = sentence("Hamas spokesman Fawzi Barhoum said", 2, 4);
        Actor p = resolved(a, "Fawzi Barhoum");
        assertEquals("spokesman", p.role());
        assertEquals("Hamas", nameOf(a, p.affiliation()));
    }

    /** A hand-parsed sentence: each token is {@code word/lemma/POS/NER/head/relation}, heads 1-based, 0 the root. */
    private static AnnotatedArticle parsed(String... specs) {
        List<Token> tokens = new ArrayList<>();
        List<Dependency> deps = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < specs.length; i++) {
            String[] f = specs[i].split("/");
            if (i > 0) {
                text.append(' ');
            }
            tokens.add(new Token(i, f[0], f[1], f[2], f[3], text.length(), text.length() + f[0].length()));
            text.append(f[0]);
            deps.add(new Dependency(Integer.parseInt(f[4]) - 1, i, f[5]));
        }
        String words = text.toString();
        Sentence s = new Sentence(0, new Span(0, words.length()), words, tokens, deps, List.of(), List.of());
        Article a = new Article("t", null, null, LocalDateTime.of(2020, 1, 1, 0, 0), null, null, "en", List.of(), words,
                List.of());
        return new AnnotatedArticle(a, List.of(s), List.of());
    }

    private static ActorSet resolve(AnnotatedArticle a) {
        return new ActorResolver(KNOWLEDGE).resolve(a, new MentionFinder(KNOWLEDGE).find(a));
    }

    @Test
    void aDemonymBeforeAPoliticalActNamesTheStateThatActs() {
        ActorSet set = resolve(parsed("Officials/official/NNS/O/2/nsubj", "rejected/reject/VBD/O/0/root",
                "an/a/DT/O/5/det", "Indian/Indian/JJ/NATIONALITY/5/amod", "proposal/proposal/NN/O/2/obj"));
        Actor india = set.actors().stream().filter(x -> "IN".equals(x.country())).findFirst().orElse(null);
        assertNotNull(india, set.actors().toString());
        assertEquals(org.sitrep.model.ActorKind.STATE, india.kind());
        assertEquals(true, india.aliases().contains("Indian"), india.aliases().toString());
    }

    @Test
    void aStateOwningAPoliticalActIsAnActorAndOwningAPlaceIsAPlace() {
        ActorSet demand = resolve(parsed("Officials/official/NNS/O/2/nsubj", "rejected/reject/VBD/O/0/root",
                "India/India/NNP/COUNTRY/5/nmod:poss", "'s/'s/POS/O/3/case", "demand/demand/NN/O/2/obj"));
        assertNotNull(resolved(demand, "India"), demand.actors().toString());
        assertEquals(0, demand.placeUses().size());
        ActorSet capital = resolve(parsed("Officials/official/NNS/O/2/nsubj", "visited/visit/VBD/O/0/root",
                "India/India/NNP/COUNTRY/5/nmod:poss", "'s/'s/POS/O/3/case", "capital/capital/NN/O/2/obj"));
        assertNull(resolved(capital, "India"), capital.actors().toString());
        assertEquals(1, capital.placeUses().size());
    }

    @Test
    void theWordsDescribingANameBeforeItMakeANameTheTextUses() {
        AnnotatedArticle a = parsed("The/the/DT/O/3/det", "militant/militant/JJ/O/3/amod",
                "Hezbollah/Hezbollah/NNP/ORGANIZATION/4/nsubj", "said/say/VBD/O/0/root");
        Actor h = resolved(a, "Hezbollah");
        assertEquals(true, h.aliases().contains("militant Hezbollah"), h.aliases().toString());
    }

    private static Actor resolved(ActorSet set, String name) {
        return set.actors().stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
    }

    @Test
    void anAppositionAfterTheNameGivesRoleAndAffiliation() {
        AnnotatedArticle a = sentence("Fawzi Barhoum , a spokesman for Hamas , said", 0, 2);
        Actor p = resolved(a, "Fawzi Barhoum");
        assertEquals("spokesman", p.role());
        assertNotNull(p.affiliation());
        assertEquals("Hamas", nameOf(a, p.affiliation()));
    }

    @Test
    void anAppositionBeforeTheNameGivesRoleAndAffiliation() {
        AnnotatedArticle a = sentence("A fighter with Hezbollah , Ali Hassan , said", 5, 7);
        Actor p = resolved(a, "Ali Hassan");
        assertEquals("fighter", p.role());
        assertEquals("Hezbollah", nameOf(a, p.affiliation()));
    }

    @Test
    void anAppositionWithoutATitleGivesNoRole() {
        Actor p = resolved(sentence("Ali Hassan , a man from Hezbollah , said", 0, 2), "Ali Hassan");
        assertNull(p.role());
        assertNull(p.affiliation());
    }

    @Test
    void aGroupOfStatesIsAnActorNeverAPlace() {
        AnnotatedArticle a = sentence("Ali Hassan called for their countries of origin to act", 0, 2);
        ActorSet set = new ActorResolver(KNOWLEDGE).resolve(a, new MentionFinder(KNOWLEDGE).find(a));
        assertNotNull(set.actors().stream().filter(x -> x.name().equals("countries of origin")).findFirst().orElse(null));
        assertEquals(0, set.placeUses().size());
    }

    @Test
    void aCountrysAuthoritiesAreItsGovernmentAndAQuantityIsNotPartOfTheGroupsName() {
        AnnotatedArticle a = sentence("Ali Hassan said Ghanaian authorities deported 168 villagers", 0, 2);
        ActorSet set = new ActorResolver(KNOWLEDGE).resolve(a, new MentionFinder(KNOWLEDGE).find(a));
        Actor gov = set.actors().stream().filter(x -> x.kind() == org.sitrep.model.ActorKind.GOVERNMENT).findFirst()
                .orElse(null);
        assertNotNull(gov, set.actors().toString());
        assertEquals("GH", gov.country());
        Actor villagers = set.actors().stream().filter(x -> x.name().equals("civilians")).findFirst().orElse(null);
        assertNotNull(villagers, set.actors().toString());
        assertEquals(true, villagers.aliases().contains("villagers"), villagers.aliases().toString());
    }

    @Test
    void forcesLoyalToAGovernmentAreAMilitary() {
        AnnotatedArticle a = sentence("Ali Hassan said forces loyal to the government took the port", 0, 2);
        Actor loyal = resolved(a, "loyalist forces");
        assertNotNull(loyal, new ActorResolver(KNOWLEDGE).resolve(a, new MentionFinder(KNOWLEDGE).find(a)).actors().toString());
        assertEquals(org.sitrep.model.ActorKind.MILITARY, loyal.kind());
    }

    @Test
    void aTitledNameIsAnAlias() {
        AnnotatedArticle a = sentence("Hamas spokesman Fawzi Barhoum said", 2, 4);
        assertEquals(true, resolved(a, "Fawzi Barhoum").aliases().contains("Hamas spokesman Fawzi Barhoum"));
    }

    @Test
    void aMultiWordTitleIsTheRole() {
        AnnotatedArticle a = sentence("Prime Minister Anna Kovac said", 2, 4);
        assertEquals("Prime Minister", resolved(a, "Anna Kovac").role());
    }

    @Test
    void aCapitalisedAdjectiveBeforeTheTitleBelongsToTheTitledName() {
        AnnotatedArticle a = sentence("Ruritanian Prime Minister Anna Kovac said", 3, 5);
        assertEquals(true, resolved(a, "Anna Kovac").aliases().contains("Ruritanian Prime Minister Anna Kovac"));
    }

    /**
     * The mentions found in one sentence of space-separated words with the given tags; the
     * first {@code persons} words are a PERSON entity.
     */
    private static List<Mention> mentions(String words, String[] pos, String[] ner, int persons) {
        String[] w = words.split(" ");
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < w.length; i++) {
            tokens.add(new Token(i, w[i], w[i].toLowerCase(), pos[i], ner[i], at, at + w[i].length()));
            at += w[i].length() + 1;
        }
        List<EntityMention> entities = new ArrayList<>();
        if (persons > 0) {
            Span person = new Span(0, tokens.get(persons - 1).end());
            entities.add(new EntityMention(words.substring(0, person.end()), "PERSON", 0, 0, persons, person));
        }
        Sentence s = new Sentence(0, new Span(0, words.length()), words, tokens, List.of(), entities, List.of());
        AnnotatedArticle a = new AnnotatedArticle(new Article("t", null, null, LocalDateTime.of(2020, 1, 1, 0, 0), null,
                null, "en", List.of(), words, List.of()), List.of(s), List.of());
        return new MentionFinder(KNOWLEDGE).find(a);
    }

    @Test
    void aGroupNounTakesItsProperNounModifierButNotAnotherMention() {
        List<Mention> found = mentions("Ali Hassan said Shona rebels attacked",
                new String[] {"NNP", "NNP", "VBD", "NNP", "NNS", "VBD"}, new String[] {"PERSON", "PERSON", "O", "O", "O", "O"}, 2);
        Mention rebels = found.stream().filter(m -> m.surface().endsWith("rebels")).findFirst().orElseThrow();
        assertEquals("Shona rebels", rebels.surface());
    }

    @Test
    void aPeopleInThePluralIsAGroupOfCiviliansButAnotherPluralNameIsNot() {
        String[] pos = {"NNPS", "CC", "NNPS", "VBD", "DT", "NNPS"};
        String[] ner = {"O", "O", "O", "O", "O", "O"};
        List<String> keys = mentions("Kurds and Afghans left the Games", pos, ner, 0).stream().map(Mention::key).toList();
        assertEquals(List.of("people:Kurds", "people:Afghans"), keys);
    }
}
