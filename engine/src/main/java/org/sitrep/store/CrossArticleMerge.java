package org.sitrep.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Groups events that different articles report about the same happening: same type and
 * polarity, days at most {@code maxDays} apart, no conflict between their actors, targets or
 * places, and at least one of those positively shared. Places agree when both are within
 * {@code maxKm} of each other at a finer precision than a country, or share a name. Grouping is
 * transitive (single link), so three reports that pairwise chain into one stay one event.
 * Immutable and thread-safe.
 */
public record CrossArticleMerge(int maxDays, double maxKm) {

    public static final CrossArticleMerge DEFAULT = new CrossArticleMerge(2, 50);

    /** The groups, each sorted by article then event id; groups ordered by their first member. */
    public List<List<StoredEvent>> groups(List<StoredEvent> events) {
        List<StoredEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(StoredEvent::articleId).thenComparing(StoredEvent::id));
        int[] parent = new int[sorted.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                if (same(sorted.get(i), sorted.get(j))) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, List<StoredEvent>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(sorted.get(i));
        }
        List<List<StoredEvent>> out = new ArrayList<>(byRoot.values());
        out.sort(Comparator.comparing((List<StoredEvent> g) -> g.get(0).key()));
        return out;
    }

    /** A merged event's id: a hash of its first member, so it stays put while that member does. */
    public static String mergedId(StoredEvent first) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-1").digest(first.key().getBytes(StandardCharsets.UTF_8));
            return "ev-" + HexFormat.of().formatHex(h, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JVM", e);
        }
    }

    /**
     * Events with different keys never merge ({@link #same} demands the same type and polarity),
     * so the groups can be formed for each key apart, for instance on different machines.
     */
    public static String blockKey(StoredEvent e) {
        return e.type() + "|" + e.polarity();
    }

    /** Whether two events from different articles report the same happening. */
    public boolean same(StoredEvent a, StoredEvent b) {
        if (a.articleId().equals(b.articleId()) || !a.type().equals(b.type())
                || !Objects.equals(a.polarity(), b.polarity())
                || a.day() == null || b.day() == null
                || Math.abs(ChronoUnit.DAYS.between(a.day(), b.day())) > maxDays) {
            return false;
        }
        int shared = 0;
        for (Agreement agreement : List.of(names(a.actorName(), b.actorName()), names(a.targetName(), b.targetName()),
                places(a, b))) {
            if (agreement == Agreement.CONFLICT) {
                return false;
            }
            shared += agreement == Agreement.SHARED ? 1 : 0;
        }
        return shared > 0;
    }

    private enum Agreement { SHARED, UNKNOWN, CONFLICT }

    private static Agreement names(String x, String y) {
        if (x == null || y == null) {
            return Agreement.UNKNOWN;
        }
        return norm(x).equals(norm(y)) ? Agreement.SHARED : Agreement.CONFLICT;
    }

    private Agreement places(StoredEvent a, StoredEvent b) {
        if (a.country() != null && b.country() != null && !a.country().equals(b.country())) {
            return Agreement.CONFLICT;
        }
        boolean fineA = fine(a);
        boolean fineB = fine(b);
        if (fineA && fineB) {
            return km(a.lat(), a.lon(), b.lat(), b.lon()) <= maxKm ? Agreement.SHARED : Agreement.CONFLICT;
        }
        if (a.placeName() != null && b.placeName() != null) {
            return norm(a.placeName()).equals(norm(b.placeName())) ? Agreement.SHARED : Agreement.UNKNOWN;
        }
        return Agreement.UNKNOWN;
    }

    /** Whether the coordinates stand for the place itself, not a country's centre. */
    static boolean fine(StoredEvent e) {
        return e.lat() != null && !EventRows.COUNTRY.equals(e.coordPrecision())
                && !EventRows.ARTICLE_COUNTRY.equals(e.coordPrecision());
    }

    /** Case, accents, a leading article and punctuation do not make two names different. */
    static String norm(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    /** Great-circle distance in kilometres (haversine). */
    static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
