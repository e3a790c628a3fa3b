package org.sitrep.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KnowledgeTest {

    private static final Knowledge KNOWLEDGE = Knowledge.embedded();

    @ParameterizedTest
    @CsvSource({
        "Kurds, true", "Sunnis, true", "Swedes, true", "Iraqis, true", "Czechs, true", "lebanese, true",
        "Swiss, true", "Kurd, false", "Iraqi, false", "Games, false", "Independents, false"})
    void aPeopleInThePluralComesFromTheListOrAPluralDemonym(String word, boolean people) {
        assertEquals(people, KNOWLEDGE.isPeople(word), word);
    }

    @ParameterizedTest
    @CsvSource({"Kurdish, true", "Kurd, true", "Iraqi, true", "Iraqis, true", "Tuareg, true", "Shona, true", "Games, false"})
    void aPeopleWordIsAnyOfItsForms(String word, boolean people) {
        assertEquals(people, KNOWLEDGE.isPeopleWord(word), word);
    }
}
