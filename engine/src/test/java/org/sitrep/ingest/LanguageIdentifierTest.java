package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

    @Test
    void namesCommonLanguages() {
        assertEquals("en", LanguageIdentifier.identify(
                "The government said on Tuesday that the new road would open to traffic before the end of the year."));
        assertEquals("fr", LanguageIdentifier.identify(
                "Le gouvernement a annoncé mardi que la nouvelle route serait ouverte à la circulation avant la fin de l'année."));
        assertEquals("es", LanguageIdentifier.identify(
                "El gobierno anunció el martes que la nueva carretera se abrirá al tráfico antes de que termine el año."));
    }

    @Test
    void readsTextInCapitals() {
        assertEquals("en", LanguageIdentifier.identify(
                "THE ARMY SAID TODAY THAT ITS TROOPS HAD KILLED TWO REBELS IN A CLASH NEAR THE BRIDGE ON THE NORTHERN ROAD."));
    }

    @Test
    void staysSilentOnTooLittleText() {
        assertNull(LanguageIdentifier.identify("Breaking news"));
        assertNull(LanguageIdentifier.identify(""));
        assertNull(LanguageIdentifier.identify(null));
    }
}
