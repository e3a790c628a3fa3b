package org.sitrep.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Quote;

class QuoteExtractorTest {

    private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

    private static List<Quote> quotes(HandParse p) {
        List<Quote> out = EXTRACTOR.extract(p.article(), p.actors());
        String text = p.article().article().text();
        for (Quote q : out) {
            assertEquals(q.text(), text.substring(q.start(), q.end()), "offsets point at the quoted words");
        }
        return out;
    }

    @Test
    void speakerAfterTheQuoteSaysIt() {
        HandParse p = new HandParse()
                .sentence("\u201cWe will rebuild the bridge,\u201d Dana Reyes said.",
                        "ccomp said rebuild", "nsubj said Reyes", "compound Reyes Dana", "nsubj rebuild We",
                        "aux rebuild will", "obj rebuild bridge", "det bridge the")
                .actor("A1", "Dana Reyes", ActorKind.PERSON, "Dana Reyes");
        Quote q = quotes(p).get(0);
        assertEquals("We will rebuild the bridge,", q.text());
        assertEquals("A1", q.speaker());
        assertEquals("Dana Reyes", q.speakerName());
        assertNull(q.quotedBy());
    }

    @Test
    void invertedSpeakerKeepsItsApposition() {
        HandParse p = new HandParse()
                .sentence("\u201cThe road is open,\u201d said Omar Lind, the mayor.",
                        "ccomp said open", "nsubj said Lind", "compound Lind Omar", "appos Lind mayor",
                        "det mayor the", "nsubj open road", "cop open is", "det road The")
                .actor("A1", "Omar Lind", ActorKind.PERSON, "Omar Lind");
        Quote q = quotes(p).get(0);
        assertEquals("A1", q.speaker());
        assertEquals("Omar Lind, the mayor", q.speakerName());
    }

    @Test
    void speakerBeforeAColonSaysWhatFollows() {
        // no arc joins the quote to "said": the parser missed it, the colon still tells
        HandParse p = new HandParse()
                .sentence("Omar Lind said: \u201cThe road is open.\u201d",
                        "nsubj said Lind", "compound Lind Omar", "nsubj open road", "cop open is", "det road The")
                .actor("A1", "Omar Lind", ActorKind.PERSON, "Omar Lind");
        Quote q = quotes(p).get(0);
        assertEquals("The road is open.", q.text());
        assertEquals("A1", q.speaker());
    }

    @Test
    void partialQuoteBelongsToTheSubjectOfTheSpeechVerbAboveIt() {
        HandParse p = new HandParse()
                .sentence("The council said the rebels were using schools as \u201cdepots\u201d.",
                        "nsubj said council", "det council The", "ccomp said using", "nsubj using rebels",
                        "det rebels the", "aux using were", "obj using schools", "obl:as using depots", "case depots as")
                .actor("A1", "council", ActorKind.GOVERNMENT, "council");
        Quote q = quotes(p).get(0);
        assertEquals("depots", q.text());
        assertEquals("A1", q.speaker());
        assertEquals("The council", q.speakerName());
    }

    @Test
    void controlledVerbTakesItsControllersObjectAsSpeaker() {
        HandParse p = new HandParse()
                .sentence("Leaders met, prompting the council to call for a \u201cjoint patrol\u201d.",
                        "nsubj met Leaders", "advcl met prompting", "obj prompting council", "det council the",
                        "xcomp prompting call", "nsubj:xsubj call council", "mark call to", "obl:for call patrol",
                        "case patrol for", "det patrol a", "amod patrol joint")
                .actor("A1", "council", ActorKind.GOVERNMENT, "council");
        Quote q = quotes(p).get(0);
        assertEquals("A1", q.speaker());
        assertEquals("the council", q.speakerName());
    }

    @Test
    void soCalledMarksAScareQuote() {
        HandParse p = new HandParse()
                .sentence("Rebels held the so-called \u201criver pocket\u201d for weeks.",
                        "nsubj held Rebels", "obj held pocket", "det pocket the", "amod pocket so-called",
                        "compound pocket river");
        Quote q = quotes(p).get(0);
        assertEquals("river pocket", q.text());
        assertNull(q.speaker());
        assertNull(q.speakerName());
    }

    @Test
    void quotedNounInsideANounPhraseIsAScareQuoteEvenUnderASpeechVerb() {
        HandParse p = new HandParse()
                .sentence("The ministry said the rebels left their mountain \u201cemirate\u201d in May.",
                        "nsubj said ministry", "det ministry The", "ccomp said left", "nsubj left rebels",
                        "det rebels the", "obj left mountain", "nmod:poss mountain their", "dep mountain emirate",
                        "obl:in left May", "case May in")
                .actor("A1", "ministry", ActorKind.GOVERNMENT, "ministry");
        Quote q = quotes(p).get(0);
        assertNull(q.speaker());
        assertNull(q.speakerName());
    }

    @Test
    void nextQuoteWithoutAttributionContinuesThePreviousSpeaker() {
        HandParse p = new HandParse()
                .sentence("\u201cWe are tired,\u201d Dana Reyes said.",
                        "ccomp said tired", "nsubj said Reyes", "compound Reyes Dana", "nsubj tired We", "cop tired are")
                .sentence("\u201cWe want to go home.\u201d",
                        "nsubj want We", "xcomp want go", "mark go to", "advmod go home")
                .actor("A1", "Dana Reyes", ActorKind.PERSON, "Dana Reyes");
        List<Quote> qs = quotes(p);
        assertEquals(2, qs.size());
        assertEquals("We want to go home.", qs.get(1).text());
        assertEquals("A1", qs.get(1).speaker());
        assertEquals("Dana Reyes", qs.get(1).speakerName());
    }

    @Test
    void pronounIsThePersonLastNamedAsSubject() {
        HandParse p = new HandParse()
                .sentence("Mayor Omar Lind visited Dana Reyes on Monday.",
                        "nsubj visited Lind", "compound Lind Omar", "compound Lind Mayor", "obj visited Reyes",
                        "compound Reyes Dana", "obl:on visited Monday", "case Monday on")
                .sentence("\u201cWater is short,\u201d he added.",
                        "ccomp added short", "nsubj added he", "nsubj short Water", "cop short is")
                .actor("A1", "Omar Lind", ActorKind.PERSON, "Omar Lind")
                .actor("A2", "Dana Reyes", ActorKind.PERSON, "Dana Reyes");
        Quote q = quotes(p).get(0);
        assertEquals("A1", q.speaker());
        assertEquals("Omar Lind", q.speakerName());
    }

    @Test
    void descriptionThatNamesNoOneIsTheLastSpeaker() {
        HandParse p = new HandParse()
                .sentence("\u201cWe will stay,\u201d Dana Reyes said.",
                        "ccomp said stay", "nsubj said Reyes", "compound Reyes Dana", "nsubj stay We", "aux stay will")
                .sentence("\u201cNobody will leave,\u201d said the tired 50-year-old.",
                        "ccomp said leave", "nsubj said 50-year-old", "det 50-year-old the", "amod 50-year-old tired",
                        "nsubj leave Nobody", "aux leave will")
                .actor("A1", "Dana Reyes", ActorKind.PERSON, "Dana Reyes");
        Quote q = quotes(p).get(1);
        assertEquals("A1", q.speaker());
        assertEquals("the tired 50-year-old", q.speakerName());
    }

    @Test
    void nestedQuoteIsReportedByTheOuterSpeakerAndSaidByItsOwnSubject() {
        HandParse p = new HandParse()
                .sentence("\u201cThe guards kept telling us: \u2018Stay inside.\u2019 We stayed,\u201d Dana Reyes said.",
                        "ccomp said kept", "nsubj said Reyes", "compound Reyes Dana", "nsubj kept guards",
                        "det guards The", "xcomp kept telling", "nsubj:xsubj telling guards", "iobj telling us",
                        "ccomp telling Stay", "advmod Stay inside", "parataxis kept stayed", "nsubj stayed We")
                .actor("A1", "Dana Reyes", ActorKind.PERSON, "Dana Reyes")
                .actor("A2", "guards", ActorKind.POLICE, "guards");
        List<Quote> qs = quotes(p);
        assertEquals(2, qs.size());
        assertEquals("A1", qs.get(0).speaker());
        Quote nested = qs.get(1);
        assertEquals("Stay inside.", nested.text());
        assertEquals("A2", nested.speaker());
        assertEquals("The guards", nested.speakerName());
        assertEquals("A1", nested.quotedBy());
    }

    @Test
    void speakerMissingFromTheActorsKeepsItsName() {
        HandParse p = new HandParse()
                .sentence("\u201cPrices rose,\u201d a shopkeeper said.",
                        "ccomp said rose", "nsubj said shopkeeper", "det shopkeeper a", "nsubj rose Prices");
        Quote q = quotes(p).get(0);
        assertNull(q.speaker());
        assertEquals("a shopkeeper", q.speakerName());
    }

    @Test
    void articleWithoutSentencesStillListsItsQuotesWithoutSpeakers() {
        HandParse p = new HandParse();
        assertEquals(List.of(), quotes(p));
    }

    @Test
    void unparsedSentenceStillGivesTheAttributionAfterTheQuote() {
        HandParse p = new HandParse()
                .sentence("\u201cGo home,\u201d Dana Reyes said.")
                .actor("A1", "Dana Reyes", ActorKind.PERSON, "Dana Reyes");
        Quote q = quotes(p).get(0);
        assertEquals("Go home,", q.text());
        assertEquals("A1", q.speaker());
        assertEquals("Dana Reyes", q.speakerName());
    }

    @Test
    void wholeSentenceQuoteAfterAReportedSentenceIsThatSpeakers() {
        HandParse p = new HandParse()
                .sentence("Talks may fail, said Omar Lind, the mayor.",
                        "parataxis said fail", "nsubj fail Talks", "aux fail may", "nsubj said Lind",
                        "compound Lind Omar", "appos Lind mayor", "det mayor the")
                .sentence("\u201cNobody will leave.\u201d", "nsubj leave Nobody", "aux leave will")
                .actor("A1", "Omar Lind", ActorKind.PERSON, "Omar Lind");
        Quote q = quotes(p).get(0);
        assertEquals("A1", q.speaker());
        assertEquals("Omar Lind, the mayor", q.speakerName());
    }

    @Test
    void quotedNounThatIsTheArgumentOfANounKeepsTheSpeakerAbove() {
        HandParse p = new HandParse()
                .sentence("Dana Reyes said the army follows a doctrine of \u201cswift revenge\u201d.",
                        "nsubj said Reyes", "compound Reyes Dana", "ccomp said follows", "nsubj follows army",
                        "det army the", "obj follows doctrine", "det doctrine a", "nmod:of doctrine revenge",
                        "case revenge of", "amod revenge swift")
                .actor("A1", "Dana Reyes", ActorKind.PERSON, "Dana Reyes");
        assertEquals("A1", quotes(p).get(0).speaker());
    }
}
