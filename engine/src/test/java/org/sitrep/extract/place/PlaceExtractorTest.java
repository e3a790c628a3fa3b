package org.sitrep.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.actor.ActorSet;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.resolve.Knowledge;
import org.sitrep.resolve.geo.Gazetteer;
import org.sitrep.resolve.geo.GazetteerBuilder;
import org.sitrep.resolve.geo.Region;
import org.sitrep.resolve.geo.Regions;
import org.sitrep.resolve.geo.UnitAbbreviations;

/** Toponyms found, disambiguated and located in hand-made articles over a hand-made gazetteer of invented places. */
class PlaceExtractorTest {

    private static final String CITIES = String.join("\n",
            row(1, "Qasr Zawiya", "Qasr az-Zawiya", 34.0, 40.0, "PPLA", "SY", "07", 90000),
            row(2, "Tell Nadir", "", 34.4, 40.6, "PPL", "SY", "07", 800),
            row(3, "Tell Nadir", "", 40.0, -90.0, "PPL", "US", "IL", 40000),
            row(4, "Harunville", "", 40.2, -89.0, "PPLA", "US", "IL", 200000),
            row(5, "Ain Safra", "", 34.2, 39.0, "PPL", "SY", "07", 600),
            row(6, "Melton", "", 31.0, -84.0, "PPL", "US", "GA", 900),
            row(7, "Melton", "", 52.0, 0.0, "PPL", "GB", "ENG", 9000),
            row(8, "Brix", "", 33.0, -83.0, "PPL", "US", "GA", 700).replace("\tGA\t\t", "\tGA\t011\t"),
            row(9, "Brix", "", 41.0, -88.0, "PPL", "US", "IL", 5000).replace("\tIL\t\t", "\tIL\t011\t"),
            row(10, "Corvale", "", 42.0, -75.0, "PPL", "US", "CV", 2000000),
            row(11, "Corvale", "", 32.0, -83.5, "PPL", "US", "GA", 900),
            row(12, "Corvale Springs", "", 43.0, -76.0, "PPLA", "US", "CV", 90000),
            row(13, "Dunlow", "", 33.2, -83.1, "PPL", "US", "GA", 1000),
            row(14, "Dunlow", "", 38.0, -95.0, "PPL", "US", "IL", 3000),
            row(15, "Ostley", "", 32.1, -83.6, "PPL", "US", "GA", 2000),
            row(16, "Jordan", "", 32.0, -83.5, "PPL", "US", "GA", 500),
            row(17, "Wadi Harun", "", 31.9, 35.9, "PPL", "JO", "02", 20000),
            row(18, "Lanford", "", 51.0, -1.0, "PPLC", "GB", "ENG", 2000000),
            row(19, "Lanford", "", 32.5, -83.2, "PPL", "US", "GA", 5000),
            row(20, "Pell", "", 34.9, -85.0, "PPL", "US", "GA", 800).replace("\tGA\t\t", "\tGA\t022\t"),
            row(21, "Amber", "", 31.0, -82.0, "PPL", "US", "GA", 600),
            row(22, "Amber", "", 40.5, -89.5, "PPL", "US", "IL", 4000));
    private static final String UNITS2 = "[{\"code\":\"US.GA.011\",\"name\":\"Harlan County\"},"
            + "{\"code\":\"US.IL.011\",\"name\":\"Harlan County\"},{\"code\":\"US.GA.022\",\"name\":\"Kerr County\"}]";
    private static final String UNITS = "[{\"code\":\"SY.07\",\"name\":\"Qasr Zawiya Governorate\"},"
            + "{\"code\":\"US.IL\",\"name\":\"Illinois\"},{\"code\":\"US.GA\",\"name\":\"Georgia\"},"
            + "{\"code\":\"GB.ENG\",\"name\":\"England\"},{\"code\":\"US.CV\",\"name\":\"Corvale\"}]";

    private final PlaceExtractor extractor;

    PlaceExtractorTest() throws IOException {
        Gazetteer g = GazetteerBuilder.build(new StringReader(CITIES), new StringReader(UNITS), new StringReader(UNITS2));
        extractor = new PlaceExtractor(Knowledge.embedded(), g,
                Regions.of(List.of(new Region("Sahel", List.of(), 15, 5, null))),
                new UnitAbbreviations(Map.of("Ga.", "US.GA")));
    }

    private static String row(int id, String name, String alternates, double lat, double lon, String code, String cc,
                              String admin1, long population) {
        return String.join("\t", String.valueOf(id), name, name, alternates, String.valueOf(lat),
                String.valueOf(lon), "P", code, cc, "", admin1, "", "", "", String.valueOf(population), "", "0",
                "Etc/UTC", "2024-01-01");
    }

    /**
     * One sentence per line; words split on spaces and before , and . ; a capitalised word is a
     * proper noun; {@code [Name|TYPE]} marks a named entity.
     */
    private static AnnotatedArticle article(String dateline, List<String> captions, String... lines) {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        Pattern entity = Pattern.compile("\\[([^|\\]]+)\\|([A-Z_]+)]");
        for (String line : lines) {
            int base = text.length();
            List<int[]> marks = new ArrayList<>();
            List<String> types = new ArrayList<>();
            StringBuilder plain = new StringBuilder();
            Matcher m = entity.matcher(line);
            int last = 0;
            while (m.find()) {
                plain.append(line, last, m.start());
                int start = plain.length();
                plain.append(m.group(1));
                marks.add(new int[] {start, plain.length()});
                types.add(m.group(2));
                last = m.end();
            }
            plain.append(line.substring(last));
            String s = plain.toString();
            List<Token> tokens = new ArrayList<>();
            Matcher w = Pattern.compile("[A-Z][a-z]{0,3}\\.(?=[\\s,])|[^\\s,.]+|[,.]").matcher(s);
            while (w.find()) {
                String word = w.group();
                String ner = "O";
                for (int i = 0; i < marks.size(); i++) {
                    if (w.start() >= marks.get(i)[0] && w.end() <= marks.get(i)[1]) {
                        ner = types.get(i);
                    }
                }
                boolean proper = Character.isUpperCase(word.charAt(0));
                tokens.add(new Token(tokens.size(), word, word.toLowerCase(), proper ? "NNP" : "NN", ner,
                        base + w.start(), base + w.end()));
            }
            List<EntityMention> entities = new ArrayList<>();
            for (int i = 0; i < marks.size(); i++) {
                int[] mk = marks.get(i);
                int first = -1;
                int end = -1;
                for (Token t : tokens) {
                    if (t.start() >= base + mk[0] && t.end() <= base + mk[1]) {
                        first = first < 0 ? t.index() : first;
                        end = t.index() + 1;
                    }
                }
                entities.add(new EntityMention(s.substring(mk[0], mk[1]), types.get(i), sentences.size(), first, end,
                        new Span(base + mk[0], base + mk[1])));
            }
            sentences.add(new Sentence(sentences.size(), new Span(base, base + s.length()), s, tokens, List.of(),
                    entities, List.of()));
            text.append(s).append('\n');
        }
        Article a = new Article("t", null, null, null, null, dateline, "en", captions, text.toString(), List.of());
        return new AnnotatedArticle(a, sentences, List.of());
    }

    private PlaceSet extract(AnnotatedArticle a) {
        return extractor.extract(a, new ActorSet(List.of(), Map.of(), List.of()));
    }

    private static Place named(PlaceSet set, String name) {
        return set.places().stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    @Test
    void aVillageTheGazetteerLacksTakesThePointOfTheProvinceTheTextPutsItIn() {
        PlaceSet set = extract(article(null, List.of(),
                "Fighting went on in the village of Umm Jarfa in Qasr Zawiya province on Monday."));
        Place village = named(set, "Umm Jarfa");
        assertNotNull(village, set.places().toString());
        assertEquals(PlaceKind.LOCALITY, village.kind());
        assertNull(village.gazetteer(), "never an id the gazetteer does not have");
        assertEquals(PlaceKind.ADMIN1, village.precision());
        assertEquals("SY", village.country());
        assertEquals(34.2, village.lat(), 1e-4);
        Place unit = named(set, "Qasr Zawiya Governorate");
        assertNotNull(unit, set.places().toString());
        assertEquals(PlaceKind.ADMIN1, unit.kind());
        assertEquals("geonames-admin1:SY.07", unit.gazetteer());
    }

    @Test
    void aNameNothingLocatesKeepsNoCoordinates() {
        PlaceSet set = extract(article(null, List.of(), "Refugees reached the village of Zqrtuvw on Monday."));
        Place p = named(set, "Zqrtuvw");
        assertNotNull(p, set.places().toString());
        assertNull(p.lat());
        assertNull(p.lon());
        assertNull(p.gazetteer());
        assertEquals(1, p.mentions().size());
    }

    @Test
    void theCountryOfTheArticleChoosesBetweenNamesakes() {
        PlaceSet set = extract(article(null, List.of(),
                "Shelling hit [Tell Nadir|LOCATION] near [Qasr Zawiya|CITY] in [Syria|COUNTRY]."));
        Place p = named(set, "Tell Nadir");
        assertEquals("geonames:2", p.gazetteer(), "the Syrian one, not the bigger one abroad");
        assertEquals(PlaceKind.LOCALITY, p.precision());
        assertEquals("SY", p.country());
        Place syria = named(set, "Syria");
        assertEquals(PlaceKind.COUNTRY, syria.kind());
    }

    @Test
    void withoutContextTheMorePopulousNamesakeWins() {
        PlaceSet set = extract(article(null, List.of(), "Police said a man from [Tell Nadir|CITY] was held."));
        assertEquals("geonames:3", named(set, "Tell Nadir").gazetteer());
    }

    @Test
    void theHierarchyTheTextStatesOverridesPopulation() {
        PlaceSet set = extract(article(null, List.of(), "A storm hit [Melton|CITY] , [Ga.|STATE_OR_PROVINCE] on Sunday."));
        Place melton = named(set, "Melton");
        assertEquals("geonames:6", melton.gazetteer(), set.places().toString());
        assertEquals("Georgia", named(set, "Georgia").admin1());
    }

    @Test
    void aCountyIsTheOneInTheStateTheArticleNames() {
        PlaceSet set = extract(article(null, List.of(),
                "Deputies in [Harlan|LOCATION] County said the [Georgia|STATE_OR_PROVINCE] road was closed."));
        Place county = set.places().stream().filter(p -> p.kind() == PlaceKind.ADMIN2).findFirst().orElse(null);
        assertNotNull(county, set.places().toString());
        assertEquals("geonames-admin2:US.GA.011", county.gazetteer());
        assertEquals("Georgia", county.admin1());
        assertEquals(33.0, county.lat(), 1e-4);
    }

    @Test
    void anotherTransliterationMatchesInTheArticlesCountry() {
        PlaceSet set = extract(article(null, List.of(),
                "Clashes erupted in [Kasr al-Zawiyah|CITY] in eastern [Syria|COUNTRY]."));
        Place p = set.places().stream().filter(x -> "geonames:1".equals(x.gazetteer())).findFirst().orElse(null);
        assertNotNull(p, set.places().toString());
        assertEquals("Qasr Zawiya", p.name());
        assertTrue(p.aliases().contains("Kasr al-Zawiyah"));
    }

    @Test
    void regionsAndDirectionalRegionsArePlacesOfKindRegion() {
        PlaceSet set = extract(article(null, List.of(), "Drought spread across the Sahel and northern [Syria|COUNTRY]."));
        Place sahel = named(set, "Sahel");
        assertEquals(PlaceKind.REGION, sahel.kind());
        assertEquals(15, sahel.lat(), 1e-9);
        Place north = named(set, "northern Syria");
        assertNotNull(north, set.places().toString());
        assertEquals(PlaceKind.REGION, north.kind());
        assertEquals("SY", north.country());
    }

    @Test
    void aCaptionStatesTheUnitOfAVillageTheBodyNames() {
        PlaceSet set = extract(article(null, List.of("Fighters ride a truck in the village of Umm Jarfa, Qasr Zawiya province."),
                "Near the front line in the village of Umm Jarfa, mortar rounds fell."));
        Place village = named(set, "Umm Jarfa");
        assertEquals(PlaceKind.ADMIN1, village.precision(), set.places().toString());
        assertEquals(34.2, village.lat(), 1e-4);
        Place unit = named(set, "Qasr Zawiya Governorate");
        assertNotNull(unit, set.places().toString());
        assertTrue(unit.aliases().contains("Qasr Zawiya province"));
        assertTrue(unit.mentions().isEmpty(), "captions are not part of the body the offsets index");
    }

    @Test
    void everyMentionMapsToItsPlaceAndSentence() {
        PlaceSet set = extract(article(null, List.of(), "[Harunville|CITY] was quiet.", "Later [Harunville|CITY] voted."));
        Place p = named(set, "Harunville");
        assertEquals(2, p.mentions().size());
        for (Span s : p.mentions()) {
            assertEquals(p.id(), set.byMention().get(s));
            assertNotNull(set.mentionSentence().get(s));
        }
        assertEquals(p, set.byId(p.id()));
    }

    @Test
    void aBareNameOfABigCityAndAUnitIsTheCity() {
        PlaceSet set = extract(article(null, List.of(), "Police in [Corvale|STATE_OR_PROVINCE] said two men were held."));
        Place p = set.places().get(0);
        assertEquals("geonames:10", p.gazetteer(), set.places().toString());
        assertEquals(PlaceKind.LOCALITY, p.kind());
    }

    @Test
    void theUnitWhenTheTextListsItWithUnitsOrSaysState() {
        PlaceSet listed = extract(article(null, List.of(),
                "Players came from [Illinois|STATE_OR_PROVINCE] and [Corvale|STATE_OR_PROVINCE] to compete."));
        assertEquals(PlaceKind.ADMIN1, named(listed, "Corvale").kind(), listed.places().toString());
        PlaceSet enclosing = extract(article(null, List.of(), "A fire hit [Corvale Springs|CITY], [Corvale|STATE_OR_PROVINCE]."));
        assertEquals(PlaceKind.ADMIN1, named(enclosing, "Corvale").kind(), enclosing.places().toString());
        PlaceSet stated = extract(article(null, List.of(), "Rain fell across Corvale state on Monday."));
        assertEquals(PlaceKind.ADMIN1, named(stated, "Corvale").kind(), stated.places().toString());
    }

    @Test
    void aBareNameIsTheBigCityRatherThanASmallNamesakeInTheArticlesCountry() {
        PlaceSet set = extract(article("HARUNVILLE", List.of(),
                "Officials in [Corvale|CITY] met leaders of [Ga.|STATE_OR_PROVINCE] on Monday."));
        assertEquals("geonames:10", named(set, "Corvale").gazetteer(), set.places().toString());
    }

    @Test
    void aStreetTheGazetteerLacksTakesThePointOfThePlaceItsSentenceNames() {
        PlaceSet set = extract(article(null, List.of(), "A car burned on [Dunmore Street|LOCATION] in [Harunville|CITY] ."));
        Place street = named(set, "Dunmore Street");
        assertNotNull(street, set.places().toString());
        assertNull(street.gazetteer());
        assertEquals(40.2, street.lat(), 1e-4);
        assertEquals(PlaceKind.LOCALITY, street.precision());
    }

    @Test
    void anAdministrativeUnitWordAloneIsNoPlace() {
        PlaceSet set = extract(article(null, List.of(), "A bomb exploded in [Harunville|CITY] , [Department|LOCATION] ."));
        assertNotNull(named(set, "Harunville"), set.places().toString());
        assertNull(named(set, "Department"), set.places().toString());
    }

    @Test
    void elseItTakesThePointOfTheArticlesMainPlace() {
        PlaceSet set = extract(article(null, List.of(), "[Harunville|CITY] police said a car burned.",
                "Witnesses on [Dunmore Road|LOCATION] saw smoke over [Illinois|STATE_OR_PROVINCE] roofs.",
                "The [Harunville|CITY] mayor spoke."));
        Place road = named(set, "Dunmore Road");
        assertNotNull(road, set.places().toString());
        assertEquals(40.2, road.lat(), 1e-4, "the locality, not the unit the sentence names");
    }

    @Test
    void namesakesAreTheOnesThatLieNearTheArticlesOtherPlaces() {
        PlaceSet set = extract(article(null, List.of(), "Fairs in [Dunlow|CITY] and [Brix|CITY] drew crowds."));
        assertEquals("geonames:13", named(set, "Dunlow").gazetteer(), set.places().toString());
        assertEquals("geonames:8", named(set, "Brix").gazetteer(), set.places().toString());
    }

    @Test
    void uncuedUnknownNamesThatAreNoPlaceNamesAreDropped() {
        String text = "Women gathered. Health workers and women of the town met.";
        assertTrue(PlaceExtractor.notAName("United Way of", text), "a span cut after a function word");
        assertTrue(PlaceExtractor.notAName("Ave.", text), "a lone abbreviated word");
        assertTrue(PlaceExtractor.notAName("Women", text), "written in lower case elsewhere");
        assertFalse(PlaceExtractor.notAName("N.B.", text), "initials may be a unit");
        assertFalse(PlaceExtractor.notAName("Health", text), "never written in lower case");
        assertFalse(PlaceExtractor.notAName("Dunmore Street", text));
    }

    @Test
    void aCountrysNameIsTheTownNextToTheArticlesOtherPlacesWhenNothingElseIsInThatCountry() {
        PlaceSet set = extract(article(null, List.of(), "Fans from [Ostley|CITY] drove to [Jordan|COUNTRY] for the fair."));
        Place jordan = set.places().stream().filter(p -> p.mentions().size() == 1
                && p.aliases().isEmpty() && !p.name().equals("Ostley")).findFirst().orElseThrow();
        assertEquals("geonames:16", jordan.gazetteer(), set.places().toString());
        PlaceSet abroad = extract(article(null, List.of(), "Fans from [Ostley|CITY] flew to [Jordan|COUNTRY] and [Wadi Harun|CITY]."));
        assertEquals(PlaceKind.COUNTRY, named(abroad, "Jordan").kind(), abroad.places().toString());
    }

    @Test
    void aNamesOwnMentionsDoNotVouchForItsReading() {
        PlaceSet set = extract(article(null, List.of(),
                "Police in [Lanford|CITY] , [Georgia|STATE_OR_PROVINCE] said [Lanford|CITY] schools shut.",
                "The [Lanford|CITY] fair is off."));
        assertEquals("geonames:19", named(set, "Lanford").gazetteer(), set.places().toString());
    }

    @Test
    void aDemonymIsAMentionOfItsCountryButNotWhereEventsHappen() {
        String line = "Officials said [Iraqi|NATIONALITY] troops moved and [Americans|MISC] left.";
        PlaceSet set = extract(article(null, List.of(), line));
        Place iraq = named(set, "Iraq");
        assertNotNull(iraq, set.places().toString());
        assertEquals(PlaceKind.COUNTRY, iraq.kind());
        assertEquals(1, iraq.mentions().size());
        assertFalse(set.byMention().containsKey(iraq.mentions().get(0)), "Iraqi troops act; they do not say where");
        assertEquals("US", named(set, "United States").country(), "a shared demonym is the state's, not a territory's");
        assertNull(named(extract(article(null, List.of(), "Classes are taught in Spanish")), "Spain"),
                "a language is no place");
    }

    @Test
    void aFeatureNameIsAPlaceWhateverNerSplitItIntoAndTakesTheUnitOfItsPossessive() {
        PlaceSet set = extract(article(null, List.of(),
                "[Illinois|STATE_OR_PROVINCE] 's [Harun|CITY] [National Park|LOCATION] drew hikers."));
        Place park = named(set, "Harun National Park");
        assertNotNull(park, set.places().toString());
        assertEquals(PlaceKind.SITE, park.kind());
        assertNull(park.gazetteer());
        assertEquals(PlaceKind.ADMIN1, park.precision(), "the unit the text puts it in");
        assertNull(named(set, "Harun"), "not a town of its own");
    }

    @Test
    void aCountyIsAPlaceEvenWhenNerTookItForAPerson() {
        PlaceSet set = extract(article(null, List.of(),
                "[Harlan County|PERSON] 's jobless rate fell , [Georgia|STATE_OR_PROVINCE] officials said."));
        Place county = set.places().stream().filter(p -> p.kind() == PlaceKind.ADMIN2).findFirst().orElse(null);
        assertNotNull(county, set.places().toString());
        assertEquals("geonames-admin2:US.GA.011", county.gazetteer());
    }

    @Test
    void theNamesOfAListBeforeAPluralUnitWordAreUnits() {
        PlaceSet set = extract(article(null, List.of(),
                "Girls from Ostley , Dunlow and Harlan counties in [Georgia|STATE_OR_PROVINCE] will compete."));
        Place harlan = set.places().stream().filter(p -> "geonames-admin2:US.GA.011".equals(p.gazetteer()))
                .findFirst().orElse(null);
        assertNotNull(harlan, set.places().toString());
        assertEquals(PlaceKind.ADMIN2, harlan.kind());
        assertNotNull(named(set, "Dunlow"), set.places().toString());
        assertNull(named(extract(article(null, List.of(), "Jobs fell in adjacent Dunlow counties")), "Dunlow"),
                "one name is no list: the counties are in Dunlow");
    }

    @Test
    void aUnitAbbreviationNeedsItsPeriod() {
        PlaceSet without = extract(article(null, List.of(), "A storm hit [Melton|CITY] , [Ga|STATE_OR_PROVINCE] said."));
        assertNull(named(without, "Georgia"), "without it the word may be another (Miss, La, Wash)");
        PlaceSet split = extract(article(null, List.of(), "A storm hit [Melton|CITY] , [Ga.|STATE_OR_PROVINCE]"));
        assertEquals("geonames:6", named(split, "Melton").gazetteer(), split.places().toString());
    }

    @Test
    void aCountrysNameThatModifiesANounIsTheTownInTheArticlesCountry() {
        PlaceSet set = extract(article(null, List.of(),
                "The [Jordan|COUNTRY] middle school band toured [Illinois|STATE_OR_PROVINCE] ."));
        Place jordan = set.places().stream().filter(p -> p.mentions().size() == 1 && !p.name().equals("Illinois"))
                .findFirst().orElseThrow();
        assertEquals("geonames:16", jordan.gazetteer(), set.places().toString());
        PlaceSet people = extract(article(null, List.of(),
                "The [Jordan|COUNTRY] border and [Jordanian|NATIONALITY] police met [Illinois|STATE_OR_PROVINCE] envoys ."));
        assertEquals(PlaceKind.COUNTRY, named(people, "Jordan").kind(), "its demonym is written: the country");
    }

    @Test
    void aNameOnlyAWeakCueProposedIsDroppedInACountryTheArticleIsNotAbout() {
        PlaceSet set = extract(article(null, List.of(), "Shoppers at Wadi Harun said [Harunville|CITY] police came."));
        assertNull(named(set, "Wadi Harun"), set.places().toString());
        assertNotNull(named(extract(article(null, List.of(), "Shoppers went to Wadi Harun on Monday.")), "Wadi Harun"),
                "with no surer name the article has no country to contradict it");
    }

    @Test
    void neighbouringPlaceEntitiesAreOneWhereTheGazetteerKnowsTheJoinedName() {
        PlaceSet set = extract(article(null, List.of(), "Police in [Corvale|LOCATION] [Springs|CITY] said so."));
        assertEquals("geonames:12", named(set, "Corvale Springs").gazetteer(), set.places().toString());
        PlaceSet north = extract(article(null, List.of(), "A fire in [North|LOCATION] [Harunville|CITY] spread."));
        assertEquals("geonames:4", named(north, "Harunville").gazetteer(), "the north of the city, not another place");
    }

    @Test
    void aCitysCityWordIsPartOfItsMention() {
        PlaceSet set = extract(article(null, List.of(), "[Harunville|CITY] City officials met."));
        Place p = named(set, "Harunville");
        assertNotNull(p, set.places().toString());
        assertTrue(p.aliases().contains("Harunville City"), p.toString());
        PlaceSet hall = extract(article(null, List.of(), "Crowds at [Harunville|CITY] City Hall cheered."));
        assertFalse(named(hall, "Harunville").aliases().contains("Harunville City"), "a building, not the city");
    }

    @Test
    void aPersonsHomeTownIsAPlaceThoughNerTookItForPartOfThePerson() {
        PlaceSet set = extract(article(null, List.of(), "[Mindy Miller|PERSON] of [Ostley|PERSON] , whose son plays , said so."));
        Place home = set.places().stream().filter(p -> "geonames:15".equals(p.gazetteer())).findFirst().orElse(null);
        assertNotNull(home, set.places().toString());
        assertTrue(extract(article(null, List.of(), "A friend of [Ostley|PERSON] came.")).places().isEmpty(),
                "'of' after no person is no home town");
    }

    @Test
    void numberedDivisionsAndStreetsAreNoPlaceNames() {
        assertTrue(PlaceExtractor.notAName("2nd District", "The 2nd District voted."));
        assertTrue(PlaceExtractor.notAName("Northwest 8th Avenue", "On Northwest 8th Avenue."));
    }

    @Test
    void anUnknownNameOfCommonWordsNamesAKindOfPlaceNotAPlace() {
        String text = "The state said the water district and the Civic Center would reopen.";
        assertTrue(PlaceExtractor.commonWords("State Park", text), "a generic word and one written in lower case");
        assertTrue(PlaceExtractor.commonWords("Water District", text));
        assertFalse(PlaceExtractor.commonWords("Dunmore Park", text), "a name of its own");
        assertFalse(PlaceExtractor.commonWords("North State Street", text), "a named street");
        PlaceSet set = extract(article(null, List.of(), "Crews reached the [State Park|LOCATION] near [Harunville|CITY] .",
                "The state paid."));
        assertNull(named(set, "State Park"), set.places().toString());
    }

    @Test
    void initialsAreACountrysCodeOrNoPlace() {
        PlaceSet set = extract(article(null, List.of(), "A [U.S|LOCATION] tourist flew from [Harunville|CITY] ."));
        Place us = set.places().stream().filter(p -> p.kind() == PlaceKind.COUNTRY).findFirst().orElse(null);
        assertNotNull(us, set.places().toString());
        assertEquals("US", us.country());
        assertTrue(PlaceExtractor.notAName("S.E.", "A fire in S.E. Paris."), "a compass point");
    }

    @Test
    void aCountyTheArticleNamesStatesTheStateOfItsTowns() {
        PlaceSet set = extract(article(null, List.of(), "Crews from [Amber|CITY] joined Kerr County deputies ."));
        assertEquals("geonames:21", named(set, "Amber").gazetteer(), set.places().toString());
        PlaceSet alone = extract(article(null, List.of(), "Crews from [Amber|CITY] came ."));
        assertEquals("geonames:22", named(alone, "Amber").gazetteer(), "without the county, the bigger namesake");
    }
}
