package org.sitrep.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventType;
import org.sitrep.resolve.DataFile;

class TriggerLexiconTest {

    private static final Path CAMEO2PLOVER = Path.of("../../shared/spec/CAMEO2PLOVER-2021.txt");

    @Test
    void everyTriggersCameoRootMapsToItsTypeInThePloverTable() throws IOException {
        Set<String> rootAndType = new HashSet<>();
        rootAndType.add("02 REQUEST"); // appeals: the table leaves out CAMEO 02, RECORD.md maps it to REQUEST
        for (String line : Files.readAllLines(CAMEO2PLOVER)) {
            String[] parts = line.split(":", 2);
            if (line.startsWith("#") || parts.length < 2 || !parts[0].trim().matches("\\d{2,4}")) {
                continue;
            }
            String type = parts[1].split("[,#]")[0].trim();
            rootAndType.add(parts[0].trim().substring(0, 2) + " " + type);
        }
        for (String[] row : DataFile.rows(TriggerLexicon.class, "/org/sitrep/extract/triggers.tsv")) {
            assertTrue(rootAndType.contains(row[4] + " " + row[2]), "CAMEO " + row[4] + " is never " + row[2] + ": " + row[0]);
        }
    }

    @Test
    void specificFramesComeBeforeTheGeneralRowOfALemma() {
        List<Trigger> seize = TriggerLexicon.embedded().lookup("seize", true);
        assertEquals("Disrupted weapons use", seize.get(0).acled().subEventType());
        assertEquals("Non-state actor overtakes territory", seize.get(1).acled().subEventType());
        assertFalse(seize.get(seize.size() - 1).frame().stream().anyMatch(f -> f.startsWith("objword")));
    }

    @Test
    void nounsAndVerbsAreLookedUpApart() {
        TriggerLexicon lex = TriggerLexicon.embedded();
        assertEquals(EventType.ASSAULT, lex.lookup("air strike", false).get(0).type());
        assertTrue(lex.lookup("air strike", true).isEmpty());
        assertEquals(EventType.SUPPORT, lex.lookup("apologize", true).get(0).type());
    }
}
