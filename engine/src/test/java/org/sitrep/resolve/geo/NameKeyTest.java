package org.sitrep.resolve.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void normalFormDropsAccentsCaseAndPunctuation() {
        assertEquals("sao tome", NameKey.normal("São Tomé"));
        assertEquals("maarrat al numan", NameKey.normal("Ma'arrat al-Nu'man"));
        assertEquals("st louis", NameKey.normal("St. Louis"));
        assertEquals("hague", NameKey.normal("The Hague"));
        assertEquals("lodz", NameKey.normal("Łódź"));
    }

    @Test
    void namesInOtherScriptsHaveNoKey() {
        assertNull(NameKey.normal("دير الزور"));
        assertNull(NameKey.normal("Москва"));
        assertNull(NameKey.normal(" - "));
    }

    @Test
    void skeletonJoinsTransliterationsOfOneName() {
        String a = NameKey.skeleton(NameKey.normal("Dayr az Zawr"));
        assertEquals(a, NameKey.skeleton(NameKey.normal("Deir ez-Zor")));
        assertEquals(a, NameKey.skeleton(NameKey.normal("Deir Al Zor")));
        assertEquals(NameKey.skeleton(NameKey.normal("Qandahar")), NameKey.skeleton(NameKey.normal("Kandahar")));
        assertEquals(NameKey.skeleton(NameKey.normal("Ma'arrat al-Nu'man")),
                NameKey.skeleton(NameKey.normal("Maarat an-Numan")));
    }

    @Test
    void skeletonKeepsDifferentNamesApartAndRefusesShortOnes() {
        assertNotEquals(NameKey.skeleton("kandahar"), NameKey.skeleton("kunduz"));
        assertNull(NameKey.skeleton("oslo"));
        assertNull(NameKey.skeleton(null));
    }

    @Test
    void shapeComparesWordCountsAndInitials() {
        assertTrue(NameKey.sameShape("kasr al zawiyah", "qasr zawiya"));
        assertTrue(NameKey.sameShape("dayr az zawr", "deir ez zor"));
        assertFalse(NameKey.sameShape("city hall", "catahoula parish"));
        assertFalse(NameKey.sameShape("point peron", "pointe"));
    }
}
