package org.sitrep.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.actor.ActorSet;
import org.sitrep.extract.actor.Mention;
import org.sitrep.extract.place.PlaceSet;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Polarity;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Who did what to whom in attack reports, on hand-parsed articles ({@code word/lemma/POS/head/relation},
 * heads 1-based, 0 the root): roles told by the governing word, passives, pronouns, merging and the
 * attacks that are no happening.
 */
class AttackEventsTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor(TriggerLexicon.embedded(), AcledRules.embedded());
    private static final PlaceSet NO_PLACES = new PlaceSet(List.of(), Map.of(), Map.of());

    /** Actors at tokens of any sentence: {@code sentence:token:name:KIND}. */
    private static ActorSet actors(AnnotatedArticle a, String... specs) {
        List<Actor> list = new ArrayList<>();
        Map<Mention, String> byMention = new HashMap<>();
        Map<String, String> ids = new HashMap<>();
        for (String spec : specs) {
            String[] f = spec.split(":");
            int sentence = Integer.parseInt(f[0]);
            int i = Integer.parseInt(f[1]);
            Token t = a.sentences().get(sentence).tokens().get(i);
            Span span = new Span(t.start(), t.end());
            ActorKind kind = ActorKind.valueOf(f[3]);
            String id = ids.computeIfAbsent(f[2], n -> "A" + (ids.size() + 1));
            if (list.stream().noneMatch(x -> x.id().equals(id))) {
                list.add(new Actor(id, f[2], kind, null, null, null, List.of(), List.of(span)));
            }
            byMention.put(new Mention(span, sentence, i, i + 1, t.word(), f[2], kind, null, null, null), id);
        }
        return new ActorSet(list, byMention, List.of());
    }

    private static AnnotatedArticle article(List<List<String>> sentences, String... times) {
        return EventExtractorTest.article(null, sentences, List.of(times));
    }

    private record Extracted(ActorSet actors, List<Event> attacks) {
        String targetName(int i) {
            return actors.byId(attacks.get(i).target()).name();
        }

        String actorName(int i) {
            return attacks.get(i).actor() == null ? null : actors.byId(attacks.get(i).actor()).name();
        }
    }

    private static Extracted attacks(AnnotatedArticle a, ActorSet named) {
        ActorSet all = EXTRACTOR.withTargets(a, named, NO_PLACES);
        List<Event> events = EXTRACTOR.extract(a, all, NO_PLACES).stream()
                .filter(e -> e.type() == EventType.ASSAULT).toList();
        return new Extracted(all, events);
    }

    @Test
    void aPassiveConjunctTakesTheSharedSubjectAsItsTarget() {
        AnnotatedArticle a = article(List.of(List.of("The/the/DT/2/det", "soldiers/soldier/NNS/4/nsubj",
                "are/be/VBP/4/cop", "members/member/NNS/0/root", "and/and/CC/7/cc", "were/be/VBD/7/aux:pass",
                "kidnapped/kidnap/VBN/4/conj", "./././4/punct")));
        Extracted x = attacks(a, actors(a, "0:1:army:MILITARY"));
        assertEquals(1, x.attacks().size(), x.attacks().toString());
        assertNull(x.attacks().get(0).actor(), "the soldiers were kidnapped, they kidnapped no one");
        assertEquals("army", x.targetName(0));
    }

    @Test
    void theOneAnAttackIsAttributedToDidIt() {
        AnnotatedArticle a = article(List.of(List.of("Police/police/NNS/2/nsubj", "attributed/attribute/VBD/0/root",
                "the/the/DT/5/det", "terrorist/terrorist/JJ/5/amod", "attack/attack/NN/2/obj", "to/to/IN/7/case",
                "guerrillas/guerrilla/NNS/2/obl:to", "./././2/punct")));
        Extracted x = attacks(a, actors(a, "0:0:police:POLICE", "0:3:terrorists:ARMED_GROUP",
                "0:6:guerrillas:ARMED_GROUP"));
        assertEquals(1, x.attacks().size(), x.attacks().toString());
        assertEquals("guerrillas", x.actorName(0), "the 'to' phrase, not the police nor the adjective");
    }

    @Test
    void theTargetOfAnAttackIsWhatItStruck() {
        AnnotatedArticle a = article(List.of(List.of("The/the/DT/2/det", "ministry/ministry/NN/5/nsubj",
                "was/be/VBD/5/cop", "the/the/DT/5/det", "target/target/NN/0/root", "of/of/IN/9/case", "a/a/DT/9/det",
                "terrorist/terrorist/JJ/9/amod", "attack/attack/NN/5/nmod:of", "./././5/punct")));
        Extracted x = attacks(a, actors(a, "0:1:ministry:GOVERNMENT", "0:7:terrorists:ARMED_GROUP"));
        assertEquals(1, x.attacks().size(), x.attacks().toString());
        assertEquals("terrorists", x.actorName(0));
        assertEquals("ministry", x.targetName(0));
    }

    @Test
    void whoRecoversFromAnAttackSufferedIt() {
        AnnotatedArticle a = article(List.of(List.of("A/a/DT/2/det", "guard/guard/NN/4/nsubj", "is/be/VBZ/4/aux",
                "recovering/recover/VBG/0/root", "from/from/IN/7/case", "an/a/DT/7/det", "attack/attack/NN/4/obl:from",
                "by/by/IN/9/case", "gunmen/gunman/NNS/7/nmod:by", "./././4/punct")));
        Extracted x = attacks(a, actors(a, "0:8:gunmen:ARMED_GROUP"));
        assertEquals(1, x.attacks().size(), x.attacks().toString());
        assertEquals("gunmen", x.actorName(0));
        assertEquals("guard", x.targetName(0));
    }

    @Test
    void theAttackWasPerpetratedByTheAgentNotByTheAdjective() {
        AnnotatedArticle a = article(List.of(List.of("The/the/DT/3/det", "terrorist/terrorist/JJ/3/amod",
                "attack/attack/NN/5/nsubj:pass", "was/be/VBD/5/aux:pass", "perpetrated/perpetrate/VBN/0/root",
                "by/by/IN/7/case", "individuals/individual/NNS/5/obl:agent", "./././5/punct")));
        Extracted x = attacks(a, actors(a, "0:1:terrorists:ARMED_GROUP", "0:6:unidentified individuals:ARMED_GROUP"));
        assertEquals(1, x.attacks().size(), x.attacks().toString());
        assertEquals("unidentified individuals", x.actorName(0));
    }

    @Test
    void aBombThatExplodedAtADoorStruckTheHomeNotTheResultTheParserTookForTheObject() {
        AnnotatedArticle a = article(List.of(List.of("A/a/DT/2/det", "bomb/bomb/NN/3/nsubj",
                "exploded/explode/VBD/0/root", "at/at/IN/6/case", "the/the/DT/6/det", "door/door/NN/3/obl:at",
                "of/of/IN/9/case", "the/the/DT/9/det", "home/home/NN/6/nmod:of", ",/,/,/3/punct",
                "causing/cause/VBG/12/amod", "damages/damages/NNS/3/obj", "./././3/punct")));
        Extracted x = attacks(a, actors(a));
        assertEquals(1, x.attacks().size(), x.attacks().toString());
        assertEquals("home", x.targetName(0));
        assertEquals(ActorKind.PROPERTY, x.actors().byId(x.attacks().get(0).target()).kind());
    }

    @Test
    void theBodyguardsOfAMinisterAreWhoIsHit() {
        AnnotatedArticle a = article(List.of(List.of("Gunmen/gunman/NNS/2/nsubj", "shot/shoot/VBD/0/root",
                "the/the/DT/4/det", "bodyguards/bodyguard/NNS/2/obj", "of/of/IN/7/case", "the/the/DT/7/det",
                "minister/minister/NN/4/nmod:of", "./././2/punct")));
        Extracted x = attacks(a, actors(a, "0:0:gunmen:ARMED_GROUP", "0:6:minister:PERSON"));
        assertEquals(1, x.attacks().size(), x.attacks().toString());
        assertEquals("bodyguards", x.targetName(0));
    }

    @Test
    void aCommanderNamedByHisOrganisationIsAPersonHit() {
        AnnotatedArticle a = article(List.of(List.of("Guerrillas/guerrilla/NNS/2/nsubj",
                "kidnapped/kidnap/VBD/0/root", "the/the/DT/5/det", "DCC/DCC/NNP/5/compound",
                "commander/commander/NN/2/obj", "./././2/punct")));
        Extracted x = attacks(a, actors(a, "0:0:guerrillas:ARMED_GROUP", "0:3:DCC:ORGANIZATION"));
        assertEquals(1, x.attacks().size(), x.attacks().toString());
        assertEquals("DCC commander", x.targetName(0));
        assertEquals(ActorKind.PERSON, x.actors().byId(x.attacks().get(0).target()).kind());
    }

    @Test
    void attacksInGeneralAreNoEventButAttacksSomeoneMadeAre() {
        AnnotatedArticle bill = article(List.of(List.of("The/the/DT/2/det", "bill/bill/NN/3/nsubj",
                "punishes/punish/VBZ/0/root", "terrorist/terrorist/JJ/5/amod", "attacks/attack/NNS/3/obj",
                "./././3/punct")));
        assertTrue(attacks(bill, actors(bill, "0:3:terrorists:ARMED_GROUP")).attacks().isEmpty());
        AnnotatedArticle made = article(List.of(List.of("Rebels/rebel/NNS/2/nsubj", "carried/carry/VBD/0/root",
                "out/out/RP/2/compound:prt", "attacks/attack/NNS/2/obj", "./././2/punct")));
        Extracted x = attacks(made, actors(made, "0:0:rebels:ARMED_GROUP"));
        assertEquals(1, x.attacks().size(), x.attacks().toString());
        assertEquals("rebels", x.actorName(0));
    }

    @Test
    void anExampleIsNoReport() {
        AnnotatedArticle a = article(List.of(List.of("They/they/PRP/2/nsubj", "discussed/discuss/VBD/0/root",
                "cases/case/NNS/2/obj", "such/such/JJ/7/case", "as/as/IN/4/fixed", "the/the/DT/7/det",
                "kidnapping/kidnapping/NN/3/nmod:such_as", "of/of/IN/9/case", "Smith/Smith/NNP/7/nmod:of",
                "./././2/punct")));
        assertTrue(attacks(a, actors(a, "0:8:Smith:PERSON")).attacks().isEmpty());
    }

    @Test
    void aTallySinceAnEarlierYearIsNoHappeningButSinceMondayIs() {
        List<String> tally = List.of("12,000/12,000/CD/2/nummod", "people/people/NNS/5/nsubj:pass",
                "have/have/VBP/5/aux", "been/be/VBN/5/aux:pass", "killed/kill/VBN/0/root", "since/since/IN/7/case",
                "1980/1980/CD/5/obl:since", "./././5/punct");
        AnnotatedArticle years = article(List.of(tally), "0:6:1980:1980");
        assertTrue(attacks(years, actors(years, "0:1:people:CIVILIANS")).attacks().isEmpty());
        AnnotatedArticle days = article(List.of(tally), "0:6:1980:2020-03-02");
        assertEquals(1, attacks(days, actors(days, "0:1:people:CIVILIANS")).attacks().size());
    }

    @Test
    void noAttacksAndAnAttackNotCarriedOutAreNegated() {
        AnnotatedArticle none = article(List.of(List.of("There/there/EX/2/expl", "were/be/VBD/0/root",
                "no/no/DT/5/det", "rebel/rebel/NN/5/compound", "attacks/attack/NNS/2/nsubj", "./././2/punct")));
        Extracted x = attacks(none, actors(none, "0:3:rebels:ARMED_GROUP"));
        assertEquals(1, x.attacks().size(), x.attacks().toString());
        assertEquals(Polarity.NEGATED, x.attacks().get(0).polarity());
        AnnotatedArticle not = article(List.of(List.of("Rebels/rebel/NNS/4/nsubj", "did/do/VBD/4/aux",
                "not/not/RB/4/advmod", "have/have/VB/0/root", "a/a/DT/6/det", "clash/clash/NN/4/obj",
                "./././4/punct")));
        Extracted y = attacks(not, actors(not, "0:0:rebels:ARMED_GROUP"));
        assertEquals(1, y.attacks().size(), y.attacks().toString());
        assertEquals(Polarity.NEGATED, y.attacks().get(0).polarity());
    }

    @Test
    void twoWordsForOneAttackInASentenceAreOneEventOfTheKindTheSpecificOneTells() {
        AnnotatedArticle a = article(List.of(List.of("Rebels/rebel/NNS/2/nsubj", "attacked/attack/VBD/0/root",
                "the/the/DT/4/det", "town/town/NN/2/obj", "in/in/IN/7/case", "a/a/DT/7/det",
                "bombing/bombing/NN/2/obl:in", "./././2/punct")));
        Extracted x = attacks(a, actors(a, "0:0:rebels:ARMED_GROUP"));
        assertEquals(1, x.attacks().size(), x.attacks().toString());
        assertEquals("explosives", x.attacks().get(0).mode());
    }

    @Test
    void theSameActBefallingTheSameTargetLaterIsTheSameHappening() {
        AnnotatedArticle a = article(List.of(
                List.of("Rebels/rebel/NNS/2/nsubj", "kidnapped/kidnap/VBD/0/root", "two/two/CD/4/nummod",
                        "soldiers/soldier/NNS/2/obj", "./././2/punct"),
                List.of("The/the/DT/2/det", "soldiers/soldier/NNS/4/nsubj:pass", "were/be/VBD/4/aux:pass",
                        "kidnapped/kidnap/VBN/0/root", "on/on/IN/7/case", "a/a/DT/7/det", "road/road/NN/4/obl:on",
                        "./././4/punct")));
        Extracted x = attacks(a, actors(a, "0:0:rebels:ARMED_GROUP", "0:3:army:MILITARY", "1:1:army:MILITARY"));
        assertEquals(1, x.attacks().size(), x.attacks().toString());
        assertEquals("rebels", x.actorName(0));
        assertEquals("army", x.targetName(0));
    }

    @Test
    void theAttackAttributedLaterAddsWhoDidIt() {
        AnnotatedArticle a = article(List.of(
                List.of("A/a/DT/2/det", "bomb/bomb/NN/3/nsubj", "exploded/explode/VBD/0/root", "at/at/IN/6/case",
                        "the/the/DT/6/det", "market/market/NN/3/obl:at", "./././3/punct"),
                List.of("Police/police/NNS/2/nsubj", "attributed/attribute/VBD/0/root", "the/the/DT/4/det",
                        "attack/attack/NN/2/obj", "to/to/IN/6/case", "guerrillas/guerrilla/NNS/2/obl:to",
                        "./././2/punct")));
        Extracted x = attacks(a, actors(a, "1:0:police:POLICE", "1:5:guerrillas:ARMED_GROUP"));
        assertEquals(1, x.attacks().size(), x.attacks().toString());
        assertEquals("guerrillas", x.actorName(0));
        assertEquals("market", x.targetName(0));
    }

    @Test
    void aPassivePronounIsTheManFoundBefore() {
        AnnotatedArticle a = article(List.of(
                List.of("Police/police/NNS/2/nsubj", "found/find/VBD/0/root", "the/the/DT/4/det",
                        "body/body/NN/2/obj", "of/of/IN/7/case", "a/a/DT/7/det", "man/man/NN/4/nmod:of",
                        "./././2/punct"),
                List.of("He/he/PRP/3/nsubj:pass", "was/be/VBD/3/aux:pass", "shot/shoot/VBN/0/root",
                        "./././3/punct")));
        Extracted x = attacks(a, actors(a, "0:0:police:POLICE"));
        assertEquals(1, x.attacks().size(), x.attacks().toString());
        assertEquals("man", x.targetName(0));
    }

    @Test
    void eachOfAGroupToldBeforeIsThatGroupNotAModifier() {
        AnnotatedArticle a = article(List.of(
                List.of("The/the/DT/2/det", "fishermen/fisherman/NNS/4/nsubj:pass", "were/be/VBD/4/aux:pass",
                        "found/find/VBN/0/root", "./././4/punct"),
                List.of("There/there/EX/2/expl", "were/be/VBD/0/root", "no/no/DT/5/det",
                        "guerrilla/guerrilla/NN/5/compound", "clashes/clash/NNS/2/nsubj", "and/and/CC/9/cc",
                        "each/each/DT/9/nsubj:pass", "was/be/VBD/9/aux:pass", "killed/kill/VBN/2/conj",
                        "by/by/IN/12/case", "the/the/DT/12/det", "army/army/NN/9/obl:agent", "./././2/punct")));
        Extracted x = attacks(a, actors(a, "0:1:fishermen:CIVILIANS", "1:3:guerrillas:ARMED_GROUP",
                "1:11:army:MILITARY"));
        Event killing = x.attacks().stream().filter(e -> e.polarity() == Polarity.ASSERTED).findFirst().orElseThrow();
        assertEquals("fishermen", x.actors().byId(killing.target()).name());
        assertEquals("army", x.actors().byId(killing.actor()).name());
    }

    @Test
    void anAttackWithNoAttackerTakesTheArmedForceTheArticleNamesWhenNoArmedGroupAttacks() {
        AnnotatedArticle a = article(List.of(
                List.of("Troops/troops/NNS/2/nsubj", "killed/kill/VBD/0/root", "villagers/villager/NNS/2/obj",
                        "./././2/punct"),
                List.of("Farmers/farmer/NNS/3/nsubj:pass", "were/be/VBD/3/aux:pass", "shot/shoot/VBN/0/root",
                        "./././3/punct")));
        Extracted x = attacks(a, actors(a, "0:0:army:MILITARY", "0:2:villagers:CIVILIANS", "1:0:farmers:CIVILIANS"));
        assertEquals(2, x.attacks().size(), x.attacks().toString());
        assertEquals("army", x.actorName(1));
        assertEquals("farmers", x.targetName(1));
    }

    @Test
    void theWholeAPartIsSingledOutFromIsWhoWasKilled() {
        AnnotatedArticle a = article(List.of(List.of("Fourteen/fourteen/CD/2/nummod", "fishermen/fisherman/NNS/0/root",
                ",/,/,/2/punct", "including/include/VBG/6/case", "two/two/CD/6/nummod",
                "Colombians/Colombian/NNPS/2/nmod:including", ",/,/,/6/punct", "killed/kill/VBN/6/acl",
                "./././2/punct")));
        Extracted x = attacks(a, actors(a, "0:1:fishermen:CIVILIANS", "0:5:Colombians:CIVILIANS"));
        assertEquals(1, x.attacks().size(), x.attacks().toString());
        assertEquals("fishermen", x.targetName(0));
    }

    @Test
    void throwingABombAtAHallIsAnAttackOnIt() {
        AnnotatedArticle a = article(List.of(List.of("Gunmen/gunman/NNS/2/nsubj", "hurled/hurl/VBD/0/root",
                "explosives/explosive/NNS/2/obj", "at/at/IN/6/case", "a/a/DT/6/det", "hall/hall/NN/2/obl:at",
                "./././2/punct")));
        Extracted x = attacks(a, actors(a, "0:0:gunmen:ARMED_GROUP"));
        assertEquals(1, x.attacks().size(), x.attacks().toString());
        assertEquals("gunmen", x.actorName(0));
        assertEquals("hall", x.targetName(0));
        assertEquals("explosives", x.attacks().get(0).mode());
    }

    @Test
    void aBombSquadDefusingABombAtTheBattleOfXMakesNoAttack() {
        AnnotatedArticle a = article(List.of(List.of("The/the/DT/3/det", "bomb/bomb/NN/3/compound",
                "squad/squad/NN/4/nsubj", "defused/defuse/VBD/0/root", "a/a/DT/6/det", "bomb/bomb/NN/4/obj",
                "at/at/IN/9/case", "the/the/DT/9/det", "Battle/battle/NN/4/obl:at", "of/of/IN/11/case",
                "Tarnow/Tarnow/NNP/9/nmod:of", "./././4/punct")));
        assertTrue(attacks(a, actors(a)).attacks().isEmpty(), "a kind of squad, a thing defused, a name");
    }

    @Test
    void theSoundOfShellingIsStillAnAttack() {
        AnnotatedArticle a = article(List.of(List.of("The/the/DT/2/det", "sound/sound/NN/5/nsubj",
                "of/of/IN/4/case", "shelling/shelling/NN/2/nmod:of", "broke/break/VBD/0/root", "the/the/DT/7/det",
                "silence/silence/NN/5/obj", "./././5/punct")));
        assertEquals(1, attacks(a, actors(a)).attacks().size());
    }
}
