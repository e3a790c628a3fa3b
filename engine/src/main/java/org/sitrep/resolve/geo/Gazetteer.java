package org.sitrep.resolve.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.sitrep.model.PlaceKind;

/**
 * The GeoNames gazetteer the build leaves on the classpath ({@code gazetteer.bin.gz}, written by
 * {@link GazetteerBuilder}): places and first-level units in column arrays, found by normalised
 * name or by transliteration skeleton ({@link NameKey}). Immutable and thread-safe once loaded.
 */
public final class Gazetteer {

    static final String RESOURCE = "gazetteer.bin.gz";
    /** Version of the index layout and content: bump it whenever the builder changes what it writes. */
    static final int FORMAT = 3;


    private final int[] geonameId;
    private final float[] lat;
    private final float[] lon;
    private final int[] population;
    private final byte[] feature;
    private final short[] country;
    private final int[] admin1;
    private final int firstUnit;
    private final int firstUnit2;
    private final Strings names;
    private final Strings unitCodes;
    private final String[] featureCodes;
    private final String[] countryCodes;
    private final KeyTable byName;
    private final KeyTable bySkeleton;

    Gazetteer(int[] geonameId, float[] lat, float[] lon, int[] population, byte[] feature, short[] country,
              int[] admin1, int firstUnit, int firstUnit2, Strings names, Strings unitCodes, String[] featureCodes,
              String[] countryCodes, KeyTable byName, KeyTable bySkeleton) {
        this.geonameId = geonameId;
        this.lat = lat;
        this.lon = lon;
        this.population = population;
        this.feature = feature;
        this.country = country;
        this.admin1 = admin1;
        this.firstUnit = firstUnit;
        this.firstUnit2 = firstUnit2;
        this.names = names;
        this.unitCodes = unitCodes;
        this.featureCodes = featureCodes;
        this.countryCodes = countryCodes;
        this.byName = byName;
        this.bySkeleton = bySkeleton;
    }

    /** The index the build put on the classpath, loaded on first use; missing index: error. */
    public static Gazetteer embedded() {
        return Embedded.GAZETTEER;
    }

    /** Loaded when first touched; the JVM's class initialisation makes that once and thread-safe. */
    private static final class Embedded {
        static final Gazetteer GAZETTEER = load();

        private static Gazetteer load() {
            try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("gazetteer index missing from the build: " + RESOURCE
                            + " (run mvn compile)");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the gazetteer index", e);
            }
        }
    }

    /** Reads an index written by {@link #write}. */
    static Gazetteer read(InputStream raw) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(new GZIPInputStream(raw, 1 << 16).readAllBytes());
        if (in.getInt() != FORMAT) {
            throw new IllegalStateException("gazetteer index of another format: rebuild it");
        }
        int firstUnit = in.getInt();
        int firstUnit2 = in.getInt();
        int[] ids = KeyTable.getInts(in);
        int n = ids.length;
        float[] lat = new float[n];
        float[] lon = new float[n];
        in.asFloatBuffer().get(lat);
        in.position(in.position() + 4 * n);
        in.asFloatBuffer().get(lon);
        in.position(in.position() + 4 * n);
        int[] pop = KeyTable.getInts(in);
        byte[] feature = new byte[n];
        in.get(feature);
        short[] country = new short[n];
        in.asShortBuffer().get(country);
        in.position(in.position() + 2 * n);
        int[] admin1 = KeyTable.getInts(in);
        Strings names = Strings.read(in);
        Strings codes = Strings.read(in);
        String[] featureCodes = Strings.read(in).toArray();
        String[] countryCodes = Strings.read(in).toArray();
        return new Gazetteer(ids, lat, lon, pop, feature, country, admin1, firstUnit, firstUnit2, names, codes, featureCodes,
                countryCodes, KeyTable.read(in), KeyTable.read(in));
    }

    byte[] write() {
        int n = geonameId.length;
        int size = 64 + n * (4 + 4 + 4 + 4 + 1 + 2 + 4) + names.byteSize() + unitCodes.byteSize()
                + Strings.of(List.of(featureCodes)).byteSize() + Strings.of(List.of(countryCodes)).byteSize()
                + byName.byteSize() + bySkeleton.byteSize();
        ByteBuffer out = ByteBuffer.allocate(size);
        out.putInt(FORMAT).putInt(firstUnit).putInt(firstUnit2);
        KeyTable.putInts(out, geonameId);
        out.asFloatBuffer().put(lat);
        out.position(out.position() + 4 * n);
        out.asFloatBuffer().put(lon);
        out.position(out.position() + 4 * n);
        KeyTable.putInts(out, population);
        out.put(feature);
        out.asShortBuffer().put(country);
        out.position(out.position() + 2 * n);
        KeyTable.putInts(out, admin1);
        names.write(out);
        unitCodes.write(out);
        Strings.of(List.of(featureCodes)).write(out);
        Strings.of(List.of(countryCodes)).write(out);
        byName.write(out);
        bySkeleton.write(out);
        byte[] b = new byte[out.position()];
        out.flip().get(b);
        return b;
    }

    public int size() {
        return geonameId.length;
    }

    /** Number of first-level units (they follow the places). */
    public int units() {
        return firstUnit2 - firstUnit;
    }

    /** Number of second-level units (they follow the first-level ones). */
    public int units2() {
        return size() - firstUnit2;
    }

    /** The number of distinct normalised names and skeletons the index files entries under. */
    public int keys() {
        return byName.size() + bySkeleton.size();
    }

    public GeoEntry entry(int i) {
        boolean unit = i >= firstUnit;
        int a = admin1[i];
        return new GeoEntry(i,
                unit ? (i < firstUnit2 ? "geonames-admin1:" : "geonames-admin2:") + unitCodes.get(i - firstUnit)
                        : "geonames:" + geonameId[i],
                names.get(i), !unit ? PlaceKind.LOCALITY : i < firstUnit2 ? PlaceKind.ADMIN1 : PlaceKind.ADMIN2,
                countryCodes[country[i]],
                a < 0 ? null : names.get(a), lat[i], lon[i], Integer.toUnsignedLong(population[i]),
                featureCodes[feature[i]]);
    }

    /** The first-level unit enclosing an entry (itself for such a unit), or null. */
    public GeoEntry unitOf(GeoEntry e) {
        int a = admin1[e.index()];
        return a < 0 ? null : entry(a);
    }

    /** Entries whose name or an alternate name has the same normalised form as {@code name}. */
    public List<GeoEntry> byName(String name) {
        return entries(byName.get(NameKey.normal(name)));
    }

    /** Entries whose names share {@code name}'s transliteration skeleton (looser: Fallujah, Falluja). */
    public List<GeoEntry> bySkeleton(String name) {
        return entries(bySkeleton.get(NameKey.skeleton(NameKey.normal(name))));
    }

    /** The unit of a GeoNames admin1 or admin2 code ("SY.07", "US.TN.107"), or null. */
    public GeoEntry unit(String code) {
        for (int i = firstUnit; i < size(); i++) {
            if (unitCodes.get(i - firstUnit).equals(code)) {
                return entry(i);
            }
        }
        return null;
    }

    /** First-level units of a country. */
    public List<GeoEntry> unitsOf(String iso2) {
        List<GeoEntry> out = new ArrayList<>();
        for (int i = firstUnit; i < firstUnit2; i++) {
            if (countryCodes[country[i]].equals(iso2)) {
                out.add(entry(i));
            }
        }
        return out;
    }

    private List<GeoEntry> entries(List<Integer> indices) {
        Set<Integer> seen = new LinkedHashSet<>(indices);
        List<GeoEntry> out = new ArrayList<>(seen.size());
        for (int i : seen) {
            out.add(entry(i));
        }
        return out;
    }

    /** Many strings in one UTF-8 array, decoded on access. */
    record Strings(byte[] bytes, int[] start) {

        static Strings of(List<String> values) {
            int[] start = new int[values.size() + 1];
            List<byte[]> encoded = new ArrayList<>(values.size());
            int total = 0;
            for (int i = 0; i < values.size(); i++) {
                byte[] b = values.get(i).getBytes(StandardCharsets.UTF_8);
                encoded.add(b);
                start[i] = total;
                total += b.length;
            }
            start[values.size()] = total;
            byte[] bytes = new byte[total];
            for (int i = 0; i < encoded.size(); i++) {
                System.arraycopy(encoded.get(i), 0, bytes, start[i], encoded.get(i).length);
            }
            return new Strings(bytes, start);
        }

        String get(int i) {
            return new String(bytes, start[i], start[i + 1] - start[i], StandardCharsets.UTF_8);
        }

        String[] toArray() {
            String[] out = new String[start.length - 1];
            for (int i = 0; i < out.length; i++) {
                out[i] = get(i);
            }
            return out;
        }

        int byteSize() {
            return 8 + bytes.length + 4 * start.length;
        }

        void write(ByteBuffer out) {
            out.putInt(bytes.length).put(bytes);
            KeyTable.putInts(out, start);
        }

        static Strings read(ByteBuffer in) {
            byte[] b = new byte[in.getInt()];
            in.get(b);
            return new Strings(b, KeyTable.getInts(in));
        }
    }
}
