package org.sitrep.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.ActorKind;

class ActorDictionaryTest {

    private static Countries countries;
    private static ActorDictionary dictionary;

    @BeforeAll
    static void load() {
        countries = Countries.embedded();
        dictionary = ActorDictionary.embedded(countries);
    }

    @Test
    void holdsSeveralHundredActorsBesideEveryState() {
        Map<ActorKind, Integer> byKind = new EnumMap<>(ActorKind.class);
        dictionary.entries().forEach(a -> byKind.merge(a.kind(), 1, Integer::sum));
        assertTrue(dictionary.size() >= 400, "size " + dictionary.size());
        assertEquals(countries.all().size(), byKind.get(ActorKind.STATE));
        assertTrue(dictionary.size() - byKind.get(ActorKind.STATE) >= 400, byKind.toString());
        for (ActorKind k : List.of(ActorKind.GOVERNMENT, ActorKind.MILITARY, ActorKind.ARMED_GROUP, ActorKind.POLICE,
                ActorKind.INTERNATIONAL_ORG, ActorKind.NGO, ActorKind.MEDIA, ActorKind.PARTY)) {
            assertTrue(byKind.getOrDefault(k, 0) >= 15, k + ": " + byKind);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ISIS                        | Islamic State                               | armed_group       |
            Daesh                       | Islamic State                               | armed_group       |
            Islamic State group         | Islamic State                               | armed_group       |
            ISWAP                       | Islamic State West Africa Province          | armed_group       | NG
            IS-K                        | Islamic State Khorasan Province             | armed_group       | AF
            al Qaeda                    | al-Qaeda                                    | armed_group       |
            AQAP                        | Al-Qaeda in the Arabian Peninsula           | armed_group       | YE
            JNIM                        | Jama'at Nusrat al-Islam wal-Muslimin        | armed_group       | ML
            al-Shabab                   | Al-Shabaab                                  | armed_group       | SO
            HTS                         | Hayat Tahrir al-Sham                        | armed_group       | SY
            Jabhat al-Nusra             | al-Nusra Front                              | armed_group       | SY
            YPG                         | People's Protection Units                   | armed_group       | SY
            Hashd al-Shaabi             | Popular Mobilization Forces                 | armed_group       | IQ
            Peshmerga                   | Peshmerga                                   | military          | IQ
            Hizballah                   | Hezbollah                                   | armed_group       | LB
            Qassam Brigades             | Izz ad-Din al-Qassam Brigades               | armed_group       | PS
            Ansar Allah                 | Houthis                                     | armed_group       | YE
            LNA                         | Libyan National Army                        | armed_group       | LY
            RSF                         | Rapid Support Forces                        | armed_group       | SD
            TPLF                        | Tigray People's Liberation Front            | armed_group       | ET
            M23                         | M23                                         | armed_group       | CD
            anti-Balaka                 | Anti-balaka                                 | armed_group       | CF
            TNLA                        | Ta'ang National Liberation Army             | armed_group       | MM
            Tatmadaw                    | Tatmadaw                                    | military          | MM
            Pakistani Taliban           | Tehrik-i-Taliban Pakistan                   | armed_group       | PK
            Taliban                     | Taliban                                     | armed_group       | AF
            ELN                         | National Liberation Army                    | armed_group       | CO
            CJNG                        | Jalisco New Generation Cartel               | armed_group       | MX
            PKK                         | Kurdistan Workers' Party                    | armed_group       | TR
            Wagner Group                | Wagner Group                                | armed_group       | RU
            IDF                         | Israel Defense Forces                       | military          | IL
            SAA                         | Syrian Arab Army                            | military          | SY
            Revolutionary Guards        | Islamic Revolutionary Guard Corps           | military          | IR
            Pentagon                    | United States Department of Defense         | government        | US
            Kremlin                     | Russian government                          | government        | RU
            Mossad                      | Mossad                                      | government        | IL
            Knesset                     | Knesset                                     | government        | IL
            FBI                         | Federal Bureau of Investigation             | police            | US
            UNHCR                       | UNHCR                                       | international_org |
            Security Council            | United Nations Security Council             | international_org |
            NATO                        | NATO                                        | international_org |
            AMISOM                      | AMISOM                                      | military          |
            US-led coalition            | US-led coalition                            | military          |
            Red Crescent                | Red Cross and Red Crescent Movement         | ngo               |
            Doctors Without Borders     | Médecins Sans Frontières                    | ngo               |
            SOHR                        | Syrian Observatory for Human Rights         | ngo               | GB
            AFP                         | Agence France-Presse                        | media             | FR
            Associated Press            | Associated Press                            | media             | US
            Xinhua                      | Xinhua                                      | media             | CN
            GOP                         | Republican Party                            | party             | US
            BJP                         | Bharatiya Janata Party                      | party             | IN
            ANC                         | African National Congress                   | party             | ZA
            U.S.                        | United States                               | state             | US
            Britain                     | United Kingdom                              | state             | GB
            Türkiye                     | Turkey                                      | state             | TR
            Republic of Turkey          | Turkey                                      | state             | TR
            Burkina Faso                | Burkina Faso                                | state             | BF
            """)
    void resolvesAliasesAcrossRegions(String alias, String name, String kind, String country) {
        DictionaryActor a = dictionary.lookup(alias);
        assertNotNull(a, alias);
        assertEquals(name, a.name());
        assertEquals(kind, a.kind().json());
        assertEquals(country, a.country());
    }

    @Test
    void stateRowsKeepTheGeneratedNamesOfTheirCountry() {
        DictionaryActor us = dictionary.state("US");
        assertEquals("Q30", us.wikidata());
        assertTrue(us.aliases().contains("United States of America"), us.aliases().toString());
        assertSame(us, dictionary.lookup("America"));
        assertEquals("Kiribati", dictionary.state("KI").name());
    }

    @Test
    void everyFormLooksUpItsOwnEntryAndNoOther() {
        Map<String, DictionaryActor> byExactForm = new HashMap<>();
        for (DictionaryActor a : dictionary.entries()) {
            List<String> forms = new ArrayList<>(a.aliases());
            forms.add(a.name());
            for (String form : forms) {
                DictionaryActor previous = byExactForm.put(form, a);
                assertTrue(previous == null || previous == a, form + " names " + a.name() + " and " + previous);
                assertSame(a, dictionary.lookup(form), form);
            }
        }
    }

    @Test
    void everyKindAndCountryIsKnown() {
        for (DictionaryActor a : dictionary.entries()) {
            assertNotNull(a.kind(), a.name());
            assertTrue(a.country() == null || countries.byCode(a.country()) != null, a.name() + " " + a.country());
            assertTrue(a.wikidata() == null || a.wikidata().matches("Q[1-9][0-9]*"), a.name());
            assertTrue(a.kind() != ActorKind.STATE || a.country() != null, a.name());
        }
    }

    @Test
    void shortAndCapitalFormsMatchOnlyInTheirCase() {
        assertNull(dictionary.lookup("is"));
        assertNull(dictionary.lookup("us"));
        assertEquals("Islamic State", dictionary.lookup("IS").name());
        assertEquals("Justice and Equality Movement", dictionary.lookup("JEM").name());
        assertEquals("Jaish-e-Mohammed", dictionary.lookup("JeM").name());
    }

    @Test
    void capitalisedWordsMustBeCapitalisedInTheText() {
        assertNull(dictionary.lookup("a conservative party"));
        assertNull(dictionary.lookup("conservative party"));
        assertEquals("Conservative Party", dictionary.lookup("Conservative Party").name());
        assertEquals("Conservative Party", dictionary.lookup("CONSERVATIVE PARTY").name());
        assertEquals("al-Qaeda", dictionary.lookup("Al-Qaeda").name());
        assertNull(dictionary.lookup("security council"));
    }

    @Test
    void findsNamesInTokensLongestFirst() {
        List<String> tokens = List.of("Russia", "'s", "Security", "Council", "met", "as", "the", "UN", "Security",
                "Council", "and", "a", "ruling", "coalition", "met");
        List<String> found = dictionary.find(tokens).stream().map(m -> m.value().name()).toList();
        assertEquals(List.of("Security Council of Russia", "United Nations Security Council"), found);
    }

    @Test
    void capitalMetonymsNameTheirCountry() {
        assertEquals("RU", dictionary.capitalMetonym("Moscow"));
        assertEquals("CO", dictionary.capitalMetonym("Bogotá"));
        assertNull(dictionary.capitalMetonym("Brussels"));
        assertNull(dictionary.lookup("Moscow"));
    }

    @Test
    void reportsEveryBadRowWithFileAndLine() {
        List<String> actors = List.of(
                "# test actors",
                "name\tkind\tcountry\taliases\twikidata",
                "Good Front\tarmed_group\tSY\tGF\t",
                "Bad Kind\tarmed group\tSY\t\t",
                "Bad Country\tparty\tXX\t\t",
                "Too Few\tparty\tSY",
                "Taken\tparty\tSY\tGF\t",
                "Bad Id\tmedia\t\t\tQ0x",
                "Stateless\tstate\t\t\t",
                "Empty Alias\tngo\t\tA||B\t");
        List<String> metonyms = List.of("# test metonyms", "capital\tcountry", "Atlantis\tZZ");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ActorDictionary.load("a.tsv", actors, "m.tsv", metonyms, countries));
        String message = e.getMessage();
        for (String expected : List.of("a.tsv:4: unknown kind 'armed group'", "a.tsv:5: unknown country code 'XX'",
                "a.tsv:6: 3 tab-separated columns, expected 5", "a.tsv:7: 'GF' already names another entry (a.tsv:3)",
                "a.tsv:8: malformed Wikidata id 'Q0x'", "a.tsv:9: a state needs a country code",
                "a.tsv:10: empty alias", "m.tsv:3: unknown country code 'ZZ'")) {
            assertTrue(message.contains(expected), expected + " missing from:\n" + message);
        }
    }

    @Test
    void acceptsACleanFileAndAddsTheMissingStates() {
        List<String> actors = List.of("# test actors", "name\tkind\tcountry\taliases\twikidata",
                "Good Front\tarmed_group\tSY\tGF|Good Front Militia\t");
        ActorDictionary d = ActorDictionary.load("a.tsv", actors, "m.tsv", List.of("# none", "capital\tcountry"), countries);
        assertEquals(countries.all().size() + 1, d.size());
        assertEquals("Good Front", d.lookup("Good Front Militia").name());
        assertEquals("Syria", d.state("SY").name());
    }
}
