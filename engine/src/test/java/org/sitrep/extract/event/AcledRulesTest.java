package org.sitrep.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.AcledType;
import org.sitrep.model.ActorKind;
import org.sitrep.model.EventType;

class AcledRulesTest {

    private static final AcledRules RULES = AcledRules.embedded();
    private static final AcledType CLASH = new AcledType("Battles", "Armed clash");
    private static final AcledType ATTACK = new AcledType("Violence against civilians", "Attack");
    private static final AcledType TERRITORY = new AcledType("Battles", "Non-state actor overtakes territory");

    private static String sub(EventType type, AcledType base, ActorKind actor, ActorKind target, String sentence) {
        AcledRules.Decision d = RULES.decide(type, base, actor, target, sentence);
        return d == null ? null : d.type().subEventType();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Warplanes pounded the village, killing six people.|Air/drone strike",
        "A suicide bomber blew himself up near the market.|Suicide bomb",
        "Militants shelled the town with mortars filled with chlorine gas.|Chemical weapon",
        "Gunmen threw a grenade into the crowd outside the bank.|Grenade",
        "Rockets fired from across the border hit the town.|Shelling/artillery/missile attack",
        "A roadside bomb killed two soldiers.|Remote explosive/landmine/IED",
        "Three men raped a woman in the village.|Sexual violence",
    })
    void theWeaponNamedInTheSentenceDecidesTheRemoteViolenceType(String sentence, String expected) {
        assertEquals(expected, sub(EventType.ASSAULT, CLASH, null, null, sentence));
    }

    @Test
    void aSuicideBombingIsOneInATownWithVigilantesToo() {
        assertEquals("Suicide bomb", sub(EventType.ASSAULT, CLASH, null, null,
                "Suicide bombers blew themselves up at the camp, said a member of a vigilante force."));
    }

    @Test
    void aSuicideBomberIsASuicideBombEvenWhereBombersCouldBeAircraft() {
        assertEquals("Suicide bomb", sub(EventType.ASSAULT, CLASH, null, null, "Two suicide bombers attacked the camp."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Police shot live rounds to clear the protest.|Excessive force against protesters",
        "Stone-throwing protesters clashed with police.|Violent demonstration",
        "Police dispersed the march with tear gas.|Protest with intervention",
        "A mob lynched a man accused of theft.|Mob violence",
    })
    void forceAtAProtestDecidesItsType(String sentence, String expected) {
        assertEquals(expected, sub(EventType.COERCE, null, ActorKind.POLICE, null, sentence));
    }

    @Test
    void aPeacefulProtestKeepsTheTriggersType() {
        assertNull(RULES.decide(EventType.PROTEST, new AcledType("Protests", "Peaceful protest"), ActorKind.CIVILIANS,
                null, "Hundreds of students marched to the parliament."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Police continue to arrest activists in anticipation of mass protests.",
        "Security forces detain people who organise the demonstrations.",
        "Police arrested an activist on charges of organising an illegal protest.",
    })
    void arrestsForProtestsElsewhereAreNoInterventionInOne(String sentence) {
        AcledType arrests = new AcledType("Strategic developments", "Arrests");
        assertNotEquals("Protest with intervention", sub(EventType.COERCE, arrests, ActorKind.POLICE, ActorKind.CIVILIANS,
                sentence));
    }

    @Test
    void detaineesAtAProtestAreNoIntervention() {
        AcledType peaceful = new AcledType("Protests", "Peaceful protest");
        assertNull(RULES.decide(EventType.PROTEST, peaceful, ActorKind.CIVILIANS, null,
                "Protesters carried pictures of detainees."));
        assertEquals("Protest with intervention", sub(EventType.PROTEST, peaceful, ActorKind.CIVILIANS, null,
                "Police detained ten protesters."));
    }

    @Test
    void findingWeaponsIsDisruptedWeaponsUseWithExtraConfidence() {
        AcledRules.Decision d = RULES.decide(EventType.COERCE, null, ActorKind.POLICE, null,
                "Police found two explosive devices in a canal.");
        assertEquals("Disrupted weapons use", d.type().subEventType());
        assertTrue(d.boost() > 0.2);
    }

    @Test
    void whoTakesTerritoryDecidesWhetherTheGovernmentRegainsIt() {
        String text = "They took control of the town.";
        assertEquals("Government regains territory", sub(EventType.COERCE, TERRITORY, ActorKind.MILITARY, null, text));
        assertEquals("Non-state actor overtakes territory",
                sub(EventType.COERCE, TERRITORY, ActorKind.ARMED_GROUP, null, text));
        assertEquals("Non-violent transfer of territory",
                sub(EventType.COERCE, TERRITORY, ActorKind.ARMED_GROUP, null, "Rebels took control after the army pulled out."));
    }

    @Test
    void armedActorsOnBothSidesMakeABattleAndCiviliansTargetedMakeAnAttack() {
        assertEquals("Armed clash", sub(EventType.ASSAULT, ATTACK, ActorKind.ARMED_GROUP, ActorKind.MILITARY,
                "Rebels killed ten soldiers."));
        assertEquals("Attack", sub(EventType.ASSAULT, CLASH, ActorKind.ARMED_GROUP, ActorKind.CIVILIANS,
                "Rebels attacked the villagers."));
    }

    @Test
    void aCivilianSettingMakesAnAttackUnlessTheSentenceNamesSoldiers() {
        assertEquals("Attack", sub(EventType.ASSAULT, CLASH, ActorKind.ARMED_GROUP, null,
                "Gunmen attacked a college campus."));
        assertNull(sub(EventType.ASSAULT, CLASH, ActorKind.ARMED_GROUP, null,
                "Gunmen attacked a school used by soldiers as a base."));
    }

    @Test
    void cuesMatchWholeWordsAndStarredPrefixes() {
        assertTrue(AcledRules.cuePattern("shell|air strike*").matcher("an air strikes hit").find());
        assertTrue(AcledRules.cuePattern("shell").matcher("a shell landed").find());
        assertTrue(!AcledRules.cuePattern("shell").matcher("shellfish").find());
        assertTrue(!AcledRules.cuePattern("mine").matcher("he determined").find());
    }

    @Test
    void parsesKindsUnknownActorsAndVetoes() {
        AcledRule r = AcledRules.parse(new String[] {"ASSAULT", "market* & !soldier*", "Armed clash", "armed_group|-", "-",
            "Violence against civilians", "Attack", "0.1"});
        assertTrue(r.matches(EventType.ASSAULT, CLASH, null, null, "gunmen stormed the market"));
        assertTrue(r.matches(EventType.ASSAULT, CLASH, ActorKind.ARMED_GROUP, null, "gunmen stormed the market"));
        assertTrue(!r.matches(EventType.ASSAULT, CLASH, ActorKind.MILITARY, null, "gunmen stormed the market"));
        assertTrue(!r.matches(EventType.ASSAULT, CLASH, null, ActorKind.MILITARY, "gunmen stormed the market"));
        assertTrue(!r.matches(EventType.ASSAULT, CLASH, null, null, "gunmen shot soldiers at the market"));
        assertTrue(!r.matches(EventType.ASSAULT, ATTACK, null, null, "gunmen stormed the market"));
        assertTrue(!r.matches(EventType.COERCE, CLASH, null, null, "gunmen stormed the market"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ruritanian planes bombed the rebel base.|Air/drone strike",
        "Shelling of the airport damaged passenger planes.|Shelling/artillery/missile attack"})
    void planesTellAnAirStrikeUnlessTheyCarryPassengers(String sentence, String expected) {
        assertEquals(expected, sub(EventType.ASSAULT, CLASH, null, null, sentence));
    }
}
