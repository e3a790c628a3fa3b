package org.sitrep.resolve.geo;

import java.util.HashMap;
import java.util.Map;
import org.sitrep.resolve.DataFile;

/** Abbreviations of first-level units ("Ga.", "W.Va.") from {@code unit-abbreviations.tsv}. Immutable. */
public final class UnitAbbreviations {

    private final Map<String, String> codes;

    public UnitAbbreviations(Map<String, String> abbreviationToCode) {
        Map<String, String> m = new HashMap<>();
        abbreviationToCode.forEach((a, c) -> m.put(NameKey.normal(a), c));
        this.codes = Map.copyOf(m);
    }

    public static UnitAbbreviations embedded() {
        Map<String, String> m = new HashMap<>();
        DataFile.rows(UnitAbbreviations.class, "unit-abbreviations.tsv").forEach(r -> m.put(r[0], r[1]));
        return new UnitAbbreviations(m);
    }

    /**
     * The unit an abbreviation stands for in the gazetteer, or null. The abbreviation's period must
     * be written: without it "Miss", "La" and "Wash" are words ("Miss Ohio").
     */
    public GeoEntry unit(String text, Gazetteer gazetteer) {
        if (text.indexOf('.') < 0) {
            return null;
        }
        String key = NameKey.normal(text);
        String code = key == null ? null : codes.get(key);
        return code == null ? null : gazetteer.unit(code);
    }
}
