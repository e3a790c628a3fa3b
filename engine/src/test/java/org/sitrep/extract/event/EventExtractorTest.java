package org.sitrep.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
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
import org.sitrep.model.Article;
import org.sitrep.model.DeferredList;
import org.sitrep.model.Dependency;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Polarity;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.TimeMention;
import org.sitrep.model.Token;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;

/** Hand-parsed one-sentence articles: each token is {@code word/lemma/POS/head/relation}, heads 1-based, 0 the root. */
class EventExtractorTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor(TriggerLexicon.embedded(), AcledRules.embedded());
    private static final PlaceSet NO_PLACES = new PlaceSet(List.of(), Map.of(), Map.of());

    record Parsed(AnnotatedArticle article, Sentence sentence) {}

    static Parsed parse(String... tokens) {
        AnnotatedArticle a = article(null, List.of(List.of(tokens)), List.of());
        return new Parsed(a, a.sentences().get(0));
    }

    /** An article of hand-parsed sentences, with time mentions {@code sentence:token:text:value}. */
    static AnnotatedArticle article(String dateline, List<List<String>> sentences, List<String> times) {
        StringBuilder text = new StringBuilder();
        List<Sentence> out = new ArrayList<>();
        for (List<String> tokens : sentences) {
            if (text.length() > 0) {
                text.append(' ');
            }
            int sentenceStart = text.length();
            List<Token> toks = new ArrayList<>();
            List<Dependency> deps = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                String[] f = tokens.get(i).split("/");
                if (i > 0) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(f[0]);
                toks.add(new Token(i, f[0], f[1], f[2], "O", start, text.length()));
                deps.add(new Dependency(Integer.parseInt(f[3]) - 1, i, f[4]));
            }
            int index = out.size();
            List<TimeMention> tms = new ArrayList<>();
            for (String t : times) {
                String[] f = t.split(":");
                if (Integer.parseInt(f[0]) == index) {
                    Token tok = toks.get(Integer.parseInt(f[1]));
                    tms.add(new TimeMention(f[2], "DATE", f[3], index, tok.index(), tok.index() + 1,
                            new Span(tok.start(), tok.end())));
                }
            }
            out.add(new Sentence(index, new Span(sentenceStart, text.length()), text.substring(sentenceStart), toks,
                    deps, List.of(), tms));
        }
        Article a = new Article("t", null, null, LocalDateTime.of(2020, 3, 4, 10, 0), null, dateline, "en", List.of(),
                text.toString(), List.of());
        return new AnnotatedArticle(a, out, List.of());
    }

    /** Actors at the given tokens: {@code index:name:KIND}. */
    private static ActorSet actors(Sentence s, String... specs) {
        List<Actor> list = new ArrayList<>();
        Map<Mention, String> byMention = new HashMap<>();
        for (String spec : specs) {
            String[] f = spec.split(":");
            int i = Integer.parseInt(f[0]);
            Token t = s.tokens().get(i);
            String id = "A" + (list.size() + 1);
            Span span = new Span(t.start(), t.end());
            ActorKind kind = ActorKind.valueOf(f[2]);
            list.add(new Actor(id, f[1], kind, null, null, null, List.of(t.word()), List.of(span)));
            byMention.put(new Mention(span, 0, i, i + 1, t.word(), f[1], kind, null, null, null), id);
        }
        return new ActorSet(list, byMention, List.of());
    }

    /** The first event of a type extracted with actors at the given tokens; the test fails if there is none. */
    private static Event eventOf(Parsed p, EventType type, String... actorSpecs) {
        List<Event> events = EXTRACTOR.extract(p.article(), actors(p.sentence(), actorSpecs), NO_PLACES);
        return events.stream().filter(e -> e.type() == type).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " event in " + events));
    }

    /** The types of the events extracted with actors at the given tokens, in order. */
    private static List<EventType> typesOf(Parsed p, String... actorSpecs) {
        return EXTRACTOR.extract(p.article(), actors(p.sentence(), actorSpecs), NO_PLACES).stream().map(Event::type)
                .toList();
    }

    @Test
    void aDemandThatSomeoneActTargetsTheOneAsked() {
        Parsed p = parse("Opposition/opposition/NN/2/compound", "groups/group/NNS/4/nsubj", "are/be/VBP/4/aux",
                "demanding/demand/VBG/0/root", "that/that/IN/8/mark", "President/President/NNP/7/compound",
                "Kovac/Kovac/NNP/8/nsubj", "resign/resign/VB/4/ccomp", "./././4/punct");
        Event demand = eventOf(p, EventType.REQUEST, "1:opposition:PARTY", "6:Anna Kovac:PERSON");
        assertEquals("A1", demand.actor());
        assertEquals("A2", demand.target());
    }

    @Test
    void aPassiveClauseAfterADemandNamesNoTarget() {
        Parsed p = parse("Elders/elder/NNS/3/nsubj", "have/have/VBP/3/aux", "demanded/demand/VBN/0/root",
                "that/that/IN/9/mark", "control/control/NN/9/nsubj:pass", "of/of/IN/7/case", "the/the/DT/7/det",
                "ministry/ministry/NN/5/nmod:of", "be/be/VB/9/aux:pass", "transferred/transfer/VBN/3/ccomp",
                "./././3/punct");
        Event demand = eventOf(p, EventType.REQUEST, "0:elders:CIVILIANS", "7:ministry:GOVERNMENT");
        assertNull(demand.target(), "what is to be done to the ministry is not asked of it");
    }

    @Test
    void aStatementThatDemandsIsItsIssuersDemand() {
        Parsed p = parse("The/the/DT/2/det", "party/party/NN/3/nsubj", "issued/issue/VBD/0/root", "a/a/DT/5/det",
                "declaration/declaration/NN/3/obj", "demanding/demand/VBG/5/acl", "talks/talk/NNS/6/obj",
                "./././3/punct");
        Event demand = eventOf(p, EventType.REQUEST, "1:party:PARTY");
        assertEquals("A1", demand.actor());
    }

    @Test
    void rallyTargetsHungOnTheVerbAreTheRallysTargets() {
        Parsed p = parse("Activists/activist/NNS/2/nsubj", "held/hold/VBD/0/root", "rallies/rally/NNS/2/obj",
                "against/against/IN/5/case", "Kovac/Kovac/NNP/2/obl:against", "./././2/punct");
        Event protest = eventOf(p, EventType.PROTEST, "0:activists:CIVILIANS", "4:Anna Kovac:PERSON");
        assertEquals("A2", protest.target());
    }

    @Test
    void aMonthsNameIsNeitherAMarchNorACueOfOne() {
        AnnotatedArticle a = article(null, List.of(List.of("Six/six/CD/2/nummod", "soldiers/soldier/NNS/4/nsubj:pass",
                "were/be/VBD/4/aux:pass", "killed/kill/VBN/0/root", "on/on/IN/7/case", "1/1/CD/7/nummod",
                "March/March/NNP/4/obl:on", "./././4/punct")), List.of("0:6:March:2020-03-01"));
        Sentence s = a.sentences().get(0);
        List<Event> events = EXTRACTOR.extract(a, actors(s, "1:soldiers:MILITARY"), NO_PLACES);
        assertTrue(events.stream().noneMatch(e -> e.type() == EventType.PROTEST), events.toString());
        Event killing = events.stream().filter(e -> e.type() == EventType.ASSAULT).findFirst().orElseThrow();
        assertNotEquals("Protests", killing.acled().eventType(), killing.acled().toString());
    }

    @Test
    void troopsSettingUpAnObservationPostEstablishABase() {
        Parsed p = parse("Troops/troop/NNS/2/nsubj", "set/set/VBD/0/root", "up/up/RP/2/compound:prt", "an/a/DT/6/det",
                "observation/observation/NN/6/compound", "post/post/NN/2/obj", "./././2/punct");
        Event base = eventOf(p, EventType.MOBILIZE, "0:troops:MILITARY");
        assertEquals("Headquarters or base established", base.acled().subEventType());
    }

    @Test
    void twoSubjectsThatClashAreEachOthersTarget() {
        Parsed p = parse("Troops/troop/NNS/4/nsubj", "and/and/CC/3/cc", "rebels/rebel/NNS/1/conj:and",
                "clashed/clash/VBD/0/root", "./././4/punct");
        Event clash = eventOf(p, EventType.ASSAULT, "0:troops:MILITARY", "2:rebels:ARMED_GROUP");
        assertEquals("A1", clash.actor());
        assertEquals("A2", clash.target());
        assertEquals("Armed clash", clash.acled().subEventType());
    }

    @Test
    void fightersOccupyingATownHoldItRatherThanTakeIt() {
        Parsed holding = parse("Troops/troop/NNS/0/root", "occupying/occupy/VBG/1/acl", "the/the/DT/4/det",
                "town/town/NN/2/obj");
        assertTrue(EXTRACTOR.extract(holding.article(), actors(holding.sentence(), "0:troops:MILITARY"), NO_PLACES)
                .stream().noneMatch(e -> e.type() == EventType.COERCE));
        Parsed taking = parse("Troops/troop/NNS/2/nsubj", "occupied/occupy/VBD/0/root", "the/the/DT/4/det",
                "town/town/NN/2/obj");
        assertEquals("Non-state actor overtakes territory",
                eventOf(taking, EventType.COERCE, "0:rebels:ARMED_GROUP").acled().subEventType());
    }

    @Test
    void aParticipleBeforeItsNounDescribesItAndReportsNoAct() {
        Parsed described = parse("Troops/troop/NNS/2/nsubj", "patrolled/patrol/VBD/0/root", "the/the/DT/5/det",
                "occupied/occupy/VBN/5/amod", "territories/territory/NNS/2/obj");
        assertFalse(typesOf(described, "0:troops:MILITARY").contains(EventType.COERCE));
        Parsed reported = parse("Troops/troop/NNS/2/nsubj", "occupied/occupy/VBD/0/root", "the/the/DT/4/det",
                "territories/territory/NNS/2/obj");
        assertEquals(EventType.COERCE, eventOf(reported, EventType.COERCE, "0:troops:MILITARY").type());
    }

    @Test
    void whatADemandAsksForHasNotHappened() {
        Parsed demand = parse("Ministers/minister/NNS/2/nsubj", "demanded/demand/VBD/0/root", "the/the/DT/4/det",
                "withdrawal/withdrawal/NN/2/obj", "of/of/IN/6/case", "troops/troop/NNS/4/nmod:of");
        assertEquals(List.of(EventType.REQUEST), typesOf(demand, "0:ministers:GOVERNMENT"));
        Parsed done = parse("Troops/troop/NNS/2/nsubj", "completed/complete/VBD/0/root", "the/the/DT/4/det",
                "withdrawal/withdrawal/NN/2/obj");
        assertEquals(EventType.RETREAT, eventOf(done, EventType.RETREAT, "0:troops:MILITARY").type());
    }

    @Test
    void aCurfewLiftedIsNoCurfewImposed() {
        Parsed lifted = parse("Officials/official/NNS/2/nsubj", "lifted/lift/VBD/0/root", "the/the/DT/4/det",
                "curfew/curfew/NN/2/obj");
        assertFalse(typesOf(lifted, "0:officials:GOVERNMENT").contains(EventType.COERCE));
        Parsed imposed = parse("Officials/official/NNS/2/nsubj", "imposed/impose/VBD/0/root", "a/a/DT/4/det",
                "curfew/curfew/NN/2/obj");
        assertEquals("curfew", eventOf(imposed, EventType.COERCE, "0:officials:GOVERNMENT").mode());
    }

    @Test
    void theDemandARallyIsStagedForIsTheRallysAim() {
        Parsed rally = parse("Students/student/NNS/2/nsubj", "staged/stage/VBD/0/root", "rallies/rally/NNS/2/obj",
                "to/to/TO/5/mark", "demand/demand/VB/2/advcl", "reforms/reform/NNS/5/obj");
        assertEquals(List.of(EventType.PROTEST), typesOf(rally, "0:students:CIVILIANS"));
        Parsed asked = parse("Students/student/NNS/2/nsubj", "demanded/demand/VBD/0/root", "reforms/reform/NNS/2/obj");
        assertEquals(EventType.REQUEST, eventOf(asked, EventType.REQUEST, "0:students:CIVILIANS").type());
    }

    @Test
    void weaponsFoundByPoliceAreDisruptedWeaponsUse() {
        Parsed p = parse("Police/police/NNS/2/nsubj", "found/find/VBD/0/root", "two/two/CD/5/nummod",
                "explosive/explosive/JJ/5/amod", "devices/device/NNS/2/obj", "./././2/punct");
        List<Event> events = EXTRACTOR.extract(p.article(), actors(p.sentence(), "0:police:POLICE"), NO_PLACES);
        assertEquals(1, events.size(), events.toString());
        Event e = events.get(0);
        assertEquals(EventType.COERCE, e.type());
        assertEquals("Disrupted weapons use", e.acled().subEventType());
        assertEquals("A1", e.actor());
        assertEquals("2020-03-04", e.date());
    }

    @Test
    void findingSomethingElseIsNoEvent() {
        Parsed p = parse("Police/police/NNS/2/nsubj", "found/find/VBD/0/root", "the/the/DT/4/det",
                "keys/key/NNS/2/obj", "./././2/punct");
        assertTrue(EXTRACTOR.extract(p.article(), actors(p.sentence(), "0:police:POLICE"), NO_PLACES).isEmpty());
    }

    @Test
    void aNegatedConcessionIsAnAssertedRefusal() {
        Parsed p = parse("Syria/Syria/NNP/4/nsubj", "will/will/MD/4/aux", "not/not/RB/4/advmod",
                "accept/accept/VB/0/root", "refugees/refugee/NNS/4/obj", "./././4/punct");
        List<Event> events = EXTRACTOR.extract(p.article(),
                actors(p.sentence(), "0:Syria:STATE", "4:refugees:CIVILIANS"), NO_PLACES);
        assertEquals(1, events.size(), events.toString());
        assertEquals(EventType.REJECT, events.get(0).type());
        assertEquals(Polarity.ASSERTED, events.get(0).polarity());
        assertEquals("A1", events.get(0).actor());
        assertEquals("A2", events.get(0).target());
    }

    @Test
    void negationWinsOverAFutureAuxiliaryAndADeniedAttackIsNoAcledEvent() {
        Parsed p = parse("Rebels/rebel/NNS/4/nsubj", "will/will/MD/4/aux", "not/not/RB/4/advmod",
                "attack/attack/VB/0/root", "civilians/civilian/NNS/4/obj", "./././4/punct");
        List<Event> events = EXTRACTOR.extract(p.article(),
                actors(p.sentence(), "0:rebels:ARMED_GROUP", "4:civilians:CIVILIANS"), NO_PLACES);
        assertEquals(1, events.size(), events.toString());
        assertEquals(Polarity.NEGATED, events.get(0).polarity());
        assertNull(events.get(0).acled(), "ACLED codes what happened");
    }

    @Test
    void aWarningWithAClauseIsAThreatAndWhatItWarnsOfIsHypothetical() {
        Parsed p = parse("Officials/official/NNS/2/nsubj", "warned/warn/VBD/0/root", "that/that/IN/6/mark",
                "rebels/rebel/NNS/6/nsubj", "could/could/MD/6/aux", "attack/attack/VB/2/ccomp", "./././2/punct");
        List<Event> events = EXTRACTOR.extract(p.article(), actors(p.sentence(), "3:rebels:ARMED_GROUP"), NO_PLACES);
        assertEquals(2, events.size(), events.toString());
        assertEquals(EventType.THREATEN, events.get(0).type());
        assertEquals(EventType.ASSAULT, events.get(1).type());
        assertEquals(Polarity.HYPOTHETICAL, events.get(1).polarity());
        assertEquals("A1", events.get(1).actor());
    }

    @Test
    void theWeaponWordRaisesTheConfidenceOfItsEvent() {
        Parsed plain = parse("Rebels/rebel/NNS/2/nsubj", "attacked/attack/VBD/0/root", "the/the/DT/4/det",
                "town/town/NN/2/obj", "./././2/punct");
        Parsed shelled = parse("Rebels/rebel/NNS/2/nsubj", "attacked/attack/VBD/0/root", "the/the/DT/4/det",
                "town/town/NN/2/obj", "with/with/IN/6/case", "mortars/mortar/NNS/2/obl", "./././2/punct");
        Event a = EXTRACTOR.extract(plain.article(), actors(plain.sentence(), "0:rebels:ARMED_GROUP"), NO_PLACES).get(0);
        Event b = EXTRACTOR.extract(shelled.article(), actors(shelled.sentence(), "0:rebels:ARMED_GROUP"), NO_PLACES).get(0);
        assertEquals("Shelling/artillery/missile attack", b.acled().subEventType());
        assertTrue(b.confidence() > a.confidence(), a.confidence() + " vs " + b.confidence());
    }

    @Test
    void protestersBlockingRoadsObstructRatherThanCoerce() {
        Parsed p = parse("Protesters/protester/NNS/2/nsubj", "blocked/block/VBD/0/root", "roads/road/NNS/2/obj",
                "./././2/punct");
        List<Event> events = EXTRACTOR.extract(p.article(), actors(p.sentence(), "0:protesters:CIVILIANS"), NO_PLACES);
        assertEquals(EventType.PROTEST, events.get(0).type());
        assertEquals("obstruct", events.get(0).mode());
    }

    private static final List<String> BOMB_EXPLODED = List.of("A/a/DT/2/det", "bomb/bomb/NN/3/nsubj",
            "exploded/explode/VBD/0/root", "yesterday/yesterday/NN/3/obl:tmod", "./././3/punct");
    private static final List<String> THE_ATTACK_CAME = List.of("The/the/DT/2/det", "attack/attack/NN/3/nsubj",
            "came/come/VBD/0/root", "at/at/IN/5/case", "night/night/NN/3/obl", "./././3/punct");

    @Test
    void aSentenceWithoutADateTellsOfTheStorysDayAndAPartOfDayNamesNoDay() {
        AnnotatedArticle a = article(null, List.of(BOMB_EXPLODED, THE_ATTACK_CAME),
                List.of("0:3:yesterday:2020-03-03", "1:4:night:2020-03-04TNI"));
        assertEquals("2020-03-03", EventDates.storyDay(a));
        for (Event e : EXTRACTOR.extract(a, actors(a.sentences().get(0)), NO_PLACES)) {
            assertEquals("2020-03-03", e.date(), e.toString());
        }
    }

    @Test
    void aHouseNumberIsNoYearButANumberAfterInIs() {
        List<String> arrested = List.of("Police/police/NNS/2/nsubj", "arrested/arrest/VBD/0/root", "him/he/PRP/2/obj",
                "at/at/IN/7/case", "1205/1205/CD/7/nummod", "Oak/Oak/NNP/7/compound", "Road/Road/NNP/2/obl",
                "in/in/IN/10/case", "the/the/DT/10/det", "night/night/NN/2/obl", "./././2/punct");
        AnnotatedArticle house = article(null, List.of(arrested), List.of("0:4:1205:1205"));
        List<Event> atHouse = EXTRACTOR.extract(house, actors(house.sentences().get(0), "0:police:POLICE"), NO_PLACES);
        assertEquals(1, atHouse.size(), atHouse.toString());
        assertEquals("2020-03-04", atHouse.get(0).date(), "the publication day, not the year 1205");
        List<String> arrestedIn = List.of("Police/police/NNS/2/nsubj", "arrested/arrest/VBD/0/root", "him/he/PRP/2/obj",
                "in/in/IN/5/case", "1968/1968/CD/2/obl", "./././2/punct");
        AnnotatedArticle year = article(null, List.of(arrestedIn), List.of("0:4:1968:1968"));
        List<Event> inYear = EXTRACTOR.extract(year, actors(year.sentences().get(0), "0:police:POLICE"), NO_PLACES);
        assertEquals(1, inYear.size(), inYear.toString());
        assertEquals("1968", inYear.get(0).date());
    }

    @Test
    void aDefiniteNounNamingNoOneIsTheHappeningToldBefore() {
        AnnotatedArticle a = article(null, List.of(BOMB_EXPLODED, THE_ATTACK_CAME), List.of());
        List<Event> events = EXTRACTOR.extract(a, actors(a.sentences().get(0)), NO_PLACES);
        assertEquals(1, events.size(), events.toString());
        assertEquals("explosives", events.get(0).mode());
    }

    @Test
    void theDatelineRefinesAPlaceThatIsOnlyItsCountry() {
        Place syria = new Place("P1", "Syria", PlaceKind.COUNTRY, "SY", null, null, null, PlaceKind.COUNTRY, null,
                List.of(), List.of());
        Place town = new Place("P2", "Kobani", PlaceKind.LOCALITY, "SY", null, null, null, PlaceKind.LOCALITY, null,
                List.of(), List.of());
        Place iraq = new Place("P3", "Iraq", PlaceKind.COUNTRY, "IQ", null, null, null, PlaceKind.COUNTRY, null,
                List.of(), List.of());
        PlaceSet places = new PlaceSet(List.of(syria, town, iraq), Map.of(), Map.of());
        assertEquals("P2", EventPlaces.narrower(places, "P1", "P2"));
        assertEquals("P3", EventPlaces.narrower(places, "P3", "P2"));
        assertEquals("P1", EventPlaces.narrower(places, "P1", null));
    }

    @Test
    void aSentenceWithoutAPlaceHappensWhereThePreviousOneSaid() {
        AnnotatedArticle one = article("CORVALE", List.of(
                List.of("Rebels/rebel/NNS/2/nsubj", "attacked/attack/VBD/0/root", "a/a/DT/4/det", "bridge/bridge/NN/2/obj",
                        "near/near/IN/6/case", "Harunville/Harunville/NNP/2/obl:near", "./././2/punct"),
                List.of("A/a/DT/2/det", "bomb/bomb/NN/3/nsubj", "destroyed/destroy/VBD/0/root", "it/it/PRP/3/obj",
                        "./././3/punct")), List.of());
        // the same text with each sentence a paragraph of its own
        Article a = one.article();
        AnnotatedArticle paragraphs = new AnnotatedArticle(new Article(a.id(), a.url(), a.headline(), a.published(),
                a.agency(), a.dateline(), a.language(), a.captions(), a.text().replace(" . ", " .\n"), a.removed()),
                one.sentences(), List.of());
        Span harunville = new Span(a.text().indexOf("Harunville"), a.text().indexOf("Harunville") + 10);
        Place town = new Place("P1", "Harunville", PlaceKind.LOCALITY, "US", null, null, null, PlaceKind.LOCALITY, null,
                List.of(), List.of(harunville));
        Place dateline = new Place("P2", "Corvale", PlaceKind.LOCALITY, "US", null, null, null, PlaceKind.LOCALITY, null,
                List.of(), List.of());
        PlaceSet places = new PlaceSet(List.of(town, dateline), Map.of(harunville, 0), Map.of(harunville, "P1"));
        assertEquals("P1", EventPlaces.place(paragraphs, paragraphs.sentences().get(1), places));
    }

    @Test
    void aSentenceWithoutADateHappensOnTheDayTheSentenceBeforeSaid() {
        AnnotatedArticle a = article(null, List.of(
                List.of("Rebels/rebel/NNS/2/nsubj", "attacked/attack/VBD/0/root", "Corvale/Corvale/NNP/2/obj",
                        "Monday/Monday/NNP/2/obl:tmod", "./././2/punct"),
                List.of("They/they/PRP/2/nsubj", "hit/hit/VBD/0/root", "a/a/DT/4/det", "bridge/bridge/NN/2/obj",
                        "yesterday/yesterday/NN/2/obl:tmod", "./././2/punct"),
                List.of("A/a/DT/2/det", "bomb/bomb/NN/3/nsubj", "destroyed/destroy/VBD/0/root", "it/it/PRP/3/obj",
                        "./././3/punct")), List.of("0:3:Monday:2020-03-02", "1:4:yesterday:2020-03-03"));
        assertEquals("2020-03-03", EventDates.date(a, a.sentences().get(2), 2)[0]);
        assertEquals("2020-03-02", EventDates.date(a, a.sentences().get(0), 1)[0]);
    }

    @Test
    void theControlledSubjectOfTheComplementIsNotTheOneAskedButTheForPhraseIs() {
        Parsed p = parse("Kurds/Kurds/NNPS/2/nsubj", "called/call/VBD/0/root", "for/for/IN/4/case",
                "governments/government/NNS/2/obl:for", "to/to/TO/6/mark", "take/take/VB/2/xcomp",
                "them/they/PRP/6/obj", "back/back/RB/6/advmod", "./././2/punct");
        List<Dependency> deps = new ArrayList<>(p.sentence().dependencies());
        deps.add(new Dependency(5, 0, "nsubj:xsubj"));
        Sentence s = new Sentence(0, p.sentence().span(), p.sentence().text(), p.sentence().tokens(), deps, List.of(),
                List.of());
        AnnotatedArticle a = new AnnotatedArticle(p.article().article(), List.of(s), List.of());
        List<Event> events = EXTRACTOR.extract(a, actors(s, "0:Kurds:CIVILIANS", "3:governments:GOVERNMENT"), NO_PLACES);
        assertEquals(EventType.REQUEST, events.get(0).type());
        assertEquals("A1", events.get(0).actor());
        assertEquals("A2", events.get(0).target());
    }

    @Test
    void anActionAnnouncedUnlessTheTargetYieldsIsAnAssertedThreat() {
        Parsed p = parse("Nigeria/Nigeria/NNP/3/nsubj", "will/will/MD/3/aux", "withdraw/withdraw/VB/0/root",
                "troops/troop/NNS/3/obj", "unless/unless/IN/7/mark", "Chad/Chad/NNP/7/nsubj", "yields/yield/VBZ/3/advcl",
                "./././3/punct");
        Event threat = eventOf(p, EventType.THREATEN, "0:Nigeria:STATE", "5:Chad:STATE");
        assertEquals("13", threat.cameo());
        assertEquals(Polarity.ASSERTED, threat.polarity());
        assertEquals("A1", threat.actor());
    }

    @Test
    void aSubjectPronounInWhatAnActorSaysIsThatActor() {
        Parsed p = parse("Syria/Syria/NNP/2/nsubj", "says/say/VBZ/0/root", "it/it/PRP/6/nsubj", "will/will/MD/6/aux",
                "not/not/RB/6/advmod", "accept/accept/VB/2/ccomp", "refugees/refugee/NNS/6/obj", "./././2/punct");
        List<Event> events = EXTRACTOR.extract(p.article(),
                actors(p.sentence(), "0:Syria:STATE", "6:refugees:CIVILIANS"), NO_PLACES);
        assertEquals(EventType.REJECT, events.get(0).type());
        assertEquals("A1", events.get(0).actor());
        assertEquals("A1", events.get(0).reportedBy());
    }

    /** The actors and events of a hand-parsed article, with the unnamed attack targets added. */
    private record Extracted(ActorSet actors, List<Event> events) {
        Actor target(int event) {
            return actors.byId(events.get(event).target());
        }
    }

    private static Extracted withTargets(AnnotatedArticle a, ActorSet named) {
        ActorSet all = EXTRACTOR.withTargets(a, named, NO_PLACES);
        return new Extracted(all, EXTRACTOR.extract(a, all, NO_PLACES));
    }

    @Test
    void anUnnamedBuildingAnAttackStrikesIsAPropertyActor() {
        Parsed p = parse("Rebels/rebel/NNS/2/nsubj", "bombed/bomb/VBD/0/root", "the/the/DT/5/det",
                "court/court/NN/5/compound", "offices/office/NNS/2/obj", "./././2/punct");
        Extracted x = withTargets(p.article(), actors(p.sentence(), "0:rebels:ARMED_GROUP"));
        assertEquals(1, x.events().size(), x.events().toString());
        assertEquals("court offices", x.target(0).name());
        assertEquals(ActorKind.PROPERTY, x.target(0).kind());
        assertEquals("A1", x.events().get(0).actor());
    }

    @Test
    void aPartOfAKnownTargetIsThatTarget() {
        Parsed p = parse("A/a/DT/2/det", "bomb/bomb/NN/3/nsubj", "exploded/explode/VBD/0/root", "at/at/IN/6/case",
                "the/the/DT/6/det", "door/door/NN/3/obl:at", "of/of/IN/9/case", "the/the/DT/9/det",
                "home/home/NN/6/nmod:of", "./././3/punct");
        Extracted x = withTargets(p.article(), actors(p.sentence()));
        assertEquals(1, x.events().size(), x.events().toString());
        assertEquals("home", x.target(0).name());
        assertEquals(ActorKind.PROPERTY, x.target(0).kind());
    }

    @Test
    void aParticipleModifyingANounHitsIt() {
        Parsed p = parse("The/the/DT/3/det", "murdered/murder/VBN/3/amod", "mayor/mayor/NN/5/nsubj:pass",
                "was/be/VBD/5/aux:pass", "buried/bury/VBN/0/root", "./././5/punct");
        Extracted x = withTargets(p.article(), actors(p.sentence()));
        assertEquals(1, x.events().size(), x.events().toString());
        assertEquals("mayor", x.target(0).name());
        assertEquals(ActorKind.PERSON, x.target(0).kind());
    }

    @Test
    void aNominalAttackInAnObliqueHitsThePassiveSubject() {
        Parsed p = parse("People/people/NNS/3/nsubj:pass", "were/be/VBD/3/aux:pass", "injured/injure/VBN/0/root",
                "in/in/IN/6/case", "an/a/DT/6/det", "explosion/explosion/NN/3/obl:in", "./././3/punct");
        Extracted x = withTargets(p.article(), actors(p.sentence()));
        assertEquals(1, x.events().size(), x.events().toString());
        assertEquals("People", x.target(0).name());
        assertEquals(ActorKind.CIVILIANS, x.target(0).kind());
    }

    @Test
    void peopleWhosePhraseNamesAnActorAreThatActor() {
        Parsed p = parse("Rebels/rebel/NNS/2/nsubj", "attacked/attack/VBD/0/root", "soldiers/soldier/NNS/2/obj",
                "./././2/punct");
        Extracted x = withTargets(p.article(), actors(p.sentence(), "0:rebels:ARMED_GROUP", "2:army:MILITARY"));
        assertEquals(2, x.actors().actors().size());
        assertEquals("army", x.target(0).name());
    }

    @Test
    void anAttackOnANamedTargetWithNoAttackerIsTheBlamedGroups() {
        AnnotatedArticle a = article(null, List.of(
                List.of("Rebels/rebel/NNS/2/nsubj", "attacked/attack/VBD/0/root", "soldiers/soldier/NNS/2/obj",
                        "./././2/punct"),
                List.of("Peasants/peasant/NNS/3/nsubj:pass", "were/be/VBD/3/aux:pass", "killed/kill/VBN/0/root",
                        "./././3/punct"),
                BOMB_EXPLODED), List.of());
        Extracted x = withTargets(a, actors(a.sentences().get(0), "0:rebels:ARMED_GROUP", "2:army:MILITARY"));
        assertEquals(2, x.events().size(), "the bomb that names no one tells how the peasants were killed: "
                + x.events());
        assertEquals("Peasants", x.target(1).name());
        assertEquals("A1", x.events().get(1).actor());
        assertEquals("explosives", x.events().get(1).mode());
    }

    @Test
    void anAttackOnNoOneNamedIsTooVagueToBlame() {
        List<String> met = List.of("Leaders/leader/NNS/2/nsubj", "met/meet/VBD/0/root", "./././2/punct");
        AnnotatedArticle a = article(null, List.of(
                List.of("Rebels/rebel/NNS/2/nsubj", "attacked/attack/VBD/0/root", "soldiers/soldier/NNS/2/obj",
                        "./././2/punct"), met, met, met, BOMB_EXPLODED), List.of());
        Extracted x = withTargets(a, actors(a.sentences().get(0), "0:rebels:ARMED_GROUP", "2:army:MILITARY"));
        List<Event> attacks = x.events().stream().filter(e -> e.type() == EventType.ASSAULT).toList();
        assertEquals(2, attacks.size(), attacks.toString());
        assertNull(attacks.get(1).actor(), "told three sentences later, the explosion is a happening of its own");
    }

    @Test
    void anAdjectiveNamingAGroupIsTheNominalAttacksAttacker() {
        Parsed p = parse("Terrorist/terrorist/JJ/2/amod", "attacks/attack/NNS/3/nsubj", "continued/continue/VBD/0/root",
                "./././3/punct");
        List<Event> events = EXTRACTOR.extract(p.article(), actors(p.sentence(), "0:terrorists:ARMED_GROUP"), NO_PLACES);
        assertEquals(1, events.size(), events.toString());
        assertEquals("A1", events.get(0).actor());
    }

    @Test
    void onlyAnExplosiveExplodes() {
        Parsed p = parse("The/the/DT/2/det", "crisis/crisis/NN/3/nsubj", "exploded/explode/VBD/0/root", "./././3/punct");
        assertTrue(EXTRACTOR.extract(p.article(), actors(p.sentence()), NO_PLACES).isEmpty());
    }

    @Test
    void twoWordsForOneAttackOnOneTargetInOneSentenceAreOneEvent() {
        Parsed p = parse("People/people/NNS/3/nsubj:pass", "were/be/VBD/3/aux:pass", "injured/injure/VBN/0/root",
                "in/in/IN/7/case", "a/a/DT/7/det", "bomb/bomb/NN/7/compound", "explosion/explosion/NN/3/obl:in",
                "./././3/punct");
        Extracted x = withTargets(p.article(), actors(p.sentence()));
        assertEquals(1, x.events().size(), x.events().toString());
    }

    @Test
    void aFrameWhoseWordsAreMissingFailsWithoutTheParse() {
        Parsed p = parse("Officials/official/NNS/2/nsubj", "handed/hand/VBD/0/root", "leaflets/leaflet/NNS/2/obj",
                "to/to/IN/5/case", "residents/resident/NNS/2/obl:to", "./././2/punct");
        DeferredList<Dependency> parse = new DeferredList<>(() -> p.sentence().dependencies());
        Sentence s = new Sentence(0, p.sentence().span(), p.sentence().text(), p.sentence().tokens(), parse, List.of(),
                List.of());
        AnnotatedArticle a = new AnnotatedArticle(p.article().article(), List.of(s), List.of());
        // both frames of "hand" need the particle "over", which the sentence lacks
        assertEquals(List.of(), EXTRACTOR.extract(a, actors(s), NO_PLACES));
        assertFalse(parse.computed());
        Parsed over = parse("Rebels/rebel/NNS/2/nsubj", "handed/hand/VBD/0/root", "over/over/RP/2/compound:prt",
                "the/the/DT/5/det", "town/town/NN/2/obj", "./././2/punct");
        assertEquals(List.of(EventType.RETREAT), typesOf(over));
    }

    @Test
    void whatABanForbidsHasNotHappened() {
        Parsed p = parse("Ruritania/Ruritania/NNP/2/nsubj", "prohibited/prohibit/VBD/0/root", "all/all/DT/4/det",
                "aid/aid/NN/2/obj", "to/to/IN/6/case", "rebels/rebel/NNS/2/obl:to", "./././2/punct");
        assertEquals(List.of(EventType.SANCTION), typesOf(p));
    }

    @Test
    void whatARefusedOfferIsForHasNotHappened() {
        Parsed p = parse("Ruritania/Ruritania/NNP/2/nsubj", "rejected/reject/VBD/0/root", "an/a/DT/4/det",
                "offer/offer/NN/2/obj", "for/for/IN/7/case", "direct/direct/JJ/7/amod", "talks/talk/NNS/4/nmod:for",
                "./././2/punct");
        assertEquals(List.of(EventType.REJECT), typesOf(p));
    }

    @Test
    void aMobilisationIsOfArmedMenNotOfSupporters() {
        Parsed groups = parse("Ruritania/Ruritania/NNP/2/nsubj", "mobilized/mobilize/VBD/0/root",
                "pressure/pressure/NN/4/compound", "groups/group/NNS/2/obj", "./././2/punct");
        assertEquals(List.of(), typesOf(groups));
        Parsed reservists = parse("Ruritania/Ruritania/NNP/2/nsubj", "mobilized/mobilize/VBD/0/root",
                "its/its/PRP$/4/nmod:poss", "reservists/reservist/NNS/2/obj", "./././2/punct");
        assertEquals(List.of(EventType.MOBILIZE), typesOf(reservists));
        Parsed militias = parse("Militias/militia/NNS/3/nsubj", "have/have/VBP/3/aux", "mobilized/mobilize/VBN/0/root",
                "./././3/punct");
        assertEquals(List.of(EventType.MOBILIZE), typesOf(militias));
    }

    @Test
    void aPostponedProtestHasNotHappened() {
        Parsed p = parse("Leaders/leader/NNS/2/nsubj", "agreed/agree/VBD/0/root", "to/to/TO/4/mark",
                "postpone/postpone/VB/2/xcomp", "the/the/DT/6/det", "demonstration/demonstration/NN/4/obj",
                "./././2/punct");
        assertEquals(List.of(EventType.AGREE), typesOf(p));
    }
}
