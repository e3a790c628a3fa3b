package org.sitrep.extract.place;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the place hierarchy photo captions state ("in the village of X, Y province"): captions are
 * not part of the analysed body, yet they often say which unit a village of the story lies in.
 * Stateless and thread-safe.
 */
final class CaptionPlaces {

    private static final String NAME = "[A-Z][\\p{L}'\u2019-]*(?:[ -](?:[A-Z][\\p{L}'\u2019-]*|al|el|ez|ad|as|ar))*";
    private static final Pattern UNIT = Pattern.compile("(?:(?:village|town|city) of )?(" + NAME + ")?(?:, )?("
            + NAME + ") (province|governorate|district|region|state)\\b");

    /** A place a caption names inside a unit: {@code place} may be null when only the unit is named. */
    record Stated(String place, String unit, String unitWord) {}

    private CaptionPlaces() {
    }

    static List<Stated> read(List<String> captions) {
        List<Stated> out = new ArrayList<>();
        for (String caption : captions) {
            Matcher m = UNIT.matcher(caption);
            while (m.find()) {
                out.add(new Stated(m.group(1), m.group(2), m.group(3)));
            }
        }
        return out;
    }
}
