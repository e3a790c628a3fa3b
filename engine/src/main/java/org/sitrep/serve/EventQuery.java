package org.sitrep.serve;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.EventType;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventSort;

/**
 * The query parameters of the event routes, checked: anything out of range is a {@link BadRequest}
 * that names the parameter, never a server error. Immutable.
 */
record EventQuery(EventFilter filter, EventSort sort, int page, int size) {

    static final int DEFAULT_SIZE = 100;
    static final int MAX_SIZE = 5000;
    private static final int MAX_TEXT = 200;
    /** Words of {@code q} at most: each is one more LIKE over the search text. */
    private static final int MAX_WORDS = 20;
    private static final Set<String> POLARITIES = Set.of("asserted", "negated", "hypothetical", "planned");

    /** Parses the query string of a request (each parameter with all its values). */
    static EventQuery parse(Map<String, List<String>> params) {
        LocalDate from = date(params, "from");
        LocalDate to = date(params, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadRequest("from (" + from + ") is after to (" + to + ")");
        }
        EventFilter filter = new EventFilter(from, to, bbox(one(params, "bbox")), types(params),
                mode(one(params, "mode")), text(params, "actor"), country(one(params, "country")),
                polarity(one(params, "polarity")), words(text(params, "q")));
        return new EventQuery(filter, sort(one(params, "sort")), integer(params, "page", 0, 0, 1_000_000),
                integer(params, "size", DEFAULT_SIZE, 1, MAX_SIZE));
    }

    private static String one(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            return null;
        }
        if (values.size() > 1) {
            throw new BadRequest(name + ": given " + values.size() + " times, expected once");
        }
        return values.get(0).strip();
    }

    private static String text(Map<String, List<String>> params, String name) {
        String v = one(params, name);
        if (v != null && v.length() > MAX_TEXT) {
            throw new BadRequest(name + ": longer than " + MAX_TEXT + " characters");
        }
        return v;
    }

    private static String mode(String v) {
        if (v != null && !v.matches("[A-Za-z0-9 _-]{1,40}")) {
            throw new BadRequest("mode: a PLOVER mode is up to 40 letters, digits, spaces, - or _, got " + v);
        }
        return v;
    }

    private static String words(String q) {
        if (q != null && q.split("\\s+").length > MAX_WORDS) {
            throw new BadRequest("q: more than " + MAX_WORDS + " words");
        }
        return q;
    }

    private static LocalDate date(Map<String, List<String>> params, String name) {
        String v = one(params, name);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadRequest(name + ": not a date (YYYY-MM-DD): " + v);
        }
    }

    private static double[] bbox(String v) {
        if (v == null) {
            return null;
        }
        String[] parts = v.split(",");
        if (parts.length != 4) {
            throw new BadRequest("bbox: expected minLon,minLat,maxLon,maxLat, got " + v);
        }
        double[] b = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                b[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new BadRequest("bbox: not a number: " + parts[i]);
            }
            double limit = i % 2 == 0 ? 180 : 90;
            if (!Double.isFinite(b[i]) || Math.abs(b[i]) > limit) {
                throw new BadRequest("bbox: " + (i % 2 == 0 ? "longitude" : "latitude") + " out of range: " + parts[i]);
            }
        }
        if (b[0] > b[2] || b[1] > b[3]) {
            throw new BadRequest("bbox: min above max in " + v);
        }
        return b;
    }

    private static List<String> types(Map<String, List<String>> params) {
        // A set: the same type named a thousand times is still one placeholder in the SQL.
        Set<String> out = new LinkedHashSet<>();
        for (String value : params.getOrDefault("type", List.of())) {
            for (String t : value.split(",")) {
                if (t.isBlank()) {
                    continue;
                }
                String name = t.strip().toUpperCase(Locale.ROOT);
                try {
                    out.add(EventType.valueOf(name).name());
                } catch (IllegalArgumentException e) {
                    throw new BadRequest("type: not a PLOVER event type: " + t.strip());
                }
            }
        }
        return List.copyOf(out);
    }

    private static String country(String v) {
        if (v == null) {
            return null;
        }
        if (!v.matches("[A-Za-z]{2}")) {
            throw new BadRequest("country: expected an ISO 3166-1 alpha-2 code, got " + v);
        }
        return v.toUpperCase(Locale.ROOT);
    }

    private static String polarity(String v) {
        if (v == null) {
            return null;
        }
        String p = v.toLowerCase(Locale.ROOT);
        if (!POLARITIES.contains(p)) {
            throw new BadRequest("polarity: one of " + POLARITIES + ", got " + v);
        }
        return p;
    }

    private static EventSort sort(String v) {
        if (v == null) {
            return EventSort.DATE_DESC;
        }
        return switch (v) {
            case "date" -> EventSort.DATE_ASC;
            case "-date" -> EventSort.DATE_DESC;
            case "sources", "-sources" -> EventSort.SOURCES_DESC;
            case "fatalities", "-fatalities" -> EventSort.FATALITIES_DESC;
            default -> throw new BadRequest("sort: one of date, -date, -sources, -fatalities, got " + v);
        };
    }

    private static int integer(Map<String, List<String>> params, String name, int dflt, int min, int max) {
        String v = one(params, name);
        if (v == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new BadRequest(name + ": must be between " + min + " and " + max + ", got " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequest(name + ": not a whole number: " + v);
        }
    }
}
