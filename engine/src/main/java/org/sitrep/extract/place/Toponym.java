package org.sitrep.extract.place;

import org.sitrep.model.PlaceKind;
import org.sitrep.model.Span;
import org.sitrep.resolve.Country;
import org.sitrep.resolve.geo.Region;

/**
 * A stretch of text that names a place, before the gazetteer says which place.
 *
 * @param hint    the kind the text states ("X province", "the village of X"), or null
 * @param country the country the words already denote ("Syria", "the Iraqi border"), or null
 * @param region  the region they denote ("the Sahel", "eastern Syria"), or null
 * @param cued    the text itself says it is a place, so it stays a place even when unknown
 * @param nerType the NER type that proposed it, or null
 * @param demonym the words name the country's people or state ("Iraqi officials"), not a location
 * @param modifier the name modifies the noun that follows ("Palestine police", "Jordan middle school"),
 *                 which English does with a town's name, and with a country's demonym
 */
record Toponym(Span span, int sentence, String name, PlaceKind hint, Country country, Region region, boolean cued,
               String nerType, boolean demonym, boolean modifier) {

    Toponym(Span span, int sentence, String name, PlaceKind hint, Country country, Region region, boolean cued,
            String nerType) {
        this(span, sentence, name, hint, country, region, cued, nerType, false, false);
    }

    Toponym(Span span, int sentence, String name, PlaceKind hint, Country country, Region region, boolean cued,
            String nerType, boolean demonym) {
        this(span, sentence, name, hint, country, region, cued, nerType, demonym, false);
    }

    Toponym asModifier() {
        return new Toponym(span, sentence, name, hint, country, region, cued, nerType, demonym, true);
    }
}
