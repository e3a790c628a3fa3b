package org.sitrep.resolve.geo;

import java.util.List;

/** A named region news treats as a place ("the Sahel"), with a rough centre; country may be null. */
public record Region(String name, List<String> aliases, double lat, double lon, String country) {
    public Region {
        aliases = List.copyOf(aliases);
    }
}
