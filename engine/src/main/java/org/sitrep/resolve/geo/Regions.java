package org.sitrep.resolve.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.resolve.DataFile;

/** The named regions of {@code regions.tsv}, found by normalised name. Immutable, thread-safe. */
public final class Regions {

    private final Map<String, Region> byName = new HashMap<>();
    private final int longest;

    private Regions(List<Region> regions) {
        int words = 1;
        for (Region r : regions) {
            for (String n : names(r)) {
                String key = NameKey.normal(n);
                byName.putIfAbsent(key, r);
                words = Math.max(words, key.split(" ").length);
            }
        }
        longest = words;
    }

    public static Regions of(List<Region> regions) {
        return new Regions(regions);
    }

    public static Regions embedded() {
        return new Regions(DataFile.rows(Regions.class, "regions.tsv").stream()
                .map(r -> new Region(r[0], DataFile.list(r[1]), Double.parseDouble(r[2]), Double.parseDouble(r[3]),
                        DataFile.blankToNull(r[4])))
                .toList());
    }

    /** The region a name denotes ("the Middle East", "Sahel"), or null. */
    public Region byName(String name) {
        String key = NameKey.normal(name);
        return key == null ? null : byName.get(key);
    }

    /** The most words a region name has, so callers know how far to look. */
    public int longestName() {
        return longest;
    }

    private static List<String> names(Region r) {
        List<String> all = new java.util.ArrayList<>(r.aliases());
        all.add(0, r.name());
        return all;
    }
}
