package org.sitrep.resolve;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Countries by code, by name and by demonym, from {@code countries.tsv}. Immutable, thread-safe. */
public final class Countries {

    private final Map<String, Country> byCode = new LinkedHashMap<>();
    private final Map<String, Country> byName = new HashMap<>();
    private final Map<String, Country> byDemonym = new HashMap<>();

    public static Countries embedded() {
        Countries c = new Countries();
        for (String[] row : DataFile.rows(Countries.class, "countries.tsv")) {
            Country country = new Country(row[0], row[1], DataFile.list(row[2]), DataFile.list(row[3]),
                    parse(row[4]), parse(row[5]));
            c.add(country);
        }
        return c;
    }

    private void add(Country c) {
        byCode.put(c.iso2(), c);
        byName.putIfAbsent(key(c.name()), c);
        c.aliases().forEach(a -> byName.putIfAbsent(key(a), c));
        // A demonym two entries share ("American", "French") is the state's, not its territory's
        // ("Northern Mariana Islands"): the territory's name is the longer, qualified one.
        c.demonyms().forEach(d -> byDemonym.merge(key(d), c,
                (old, neu) -> neu.name().length() < old.name().length() ? neu : old));
    }

    public Country byCode(String iso2) {
        return iso2 == null ? null : byCode.get(iso2.toUpperCase(Locale.ROOT));
    }

    /** The country a name denotes ("Syria", "Syrian Arab Republic"), or null. */
    public Country byName(String name) {
        return byName.get(key(name));
    }

    /** The country of a demonym ("Iraqi", "Belgian"), or null. */
    public Country byDemonym(String demonym) {
        return byDemonym.get(key(demonym));
    }

    public Collection<Country> all() {
        return byCode.values();
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceFirst("^the ", "").trim();
    }

    private static double parse(String s) {
        return s == null || s.isBlank() || s.equals("None") ? Double.NaN : Double.parseDouble(s);
    }
}
