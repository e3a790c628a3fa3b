package org.sitrep.resolve;

import java.util.List;

/** A country: ISO alpha-2 code, English names, demonyms and a centre point. */
public record Country(String iso2, String name, List<String> aliases, List<String> demonyms, double lat, double lon) {
    public Country {
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
    }
}
