package org.sitrep.extract.event;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Quantity;

/**
 * Reads a number phrase ("up to 2,000 civilians", "hundreds of foreigners", "at least 12") into a
 * {@link Quantity}; vague numbers take ACLED's conservative reading (hundreds = at least 100).
 */
final class Quantities {

    private static final Map<String, Long> VAGUE = Map.of("dozens", 12L, "scores", 20L, "hundreds", 100L,
            "thousands", 1000L, "tens of thousands", 10000L, "hundreds of thousands", 100000L, "millions", 1000000L);
    private static final Map<String, Long> WORDS = Map.ofEntries(Map.entry("one", 1L), Map.entry("two", 2L),
            Map.entry("three", 3L), Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("six", 6L),
            Map.entry("seven", 7L), Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L),
            Map.entry("eleven", 11L), Map.entry("twelve", 12L), Map.entry("dozen", 12L), Map.entry("twenty", 20L),
            Map.entry("a dozen", 12L), Map.entry("fifteen", 15L), Map.entry("thirty", 30L), Map.entry("forty", 40L),
            Map.entry("fifty", 50L), Map.entry("hundred", 100L), Map.entry("a hundred", 100L));
    private static final Pattern PHRASE = Pattern.compile(
            "(?i)^(up to|at least|more than|over|less than|fewer than|about|around|some|nearly|almost|roughly|as many as)?\\s*"
                    + "(tens of thousands|hundreds of thousands|dozens|scores|hundreds|thousands|millions|[0-9][0-9,.]*"
                    + "(?:\\s*(?:million|thousand))?|a dozen|a hundred|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
                    + "|twelve|fifteen|twenty|thirty|forty|fifty)(?:\\s+of)?\\s+(.+)$");

    private Quantities() {
    }

    /** The quantity a phrase states, or null when it states none. */
    static Quantity parse(String phrase) {
        Matcher m = PHRASE.matcher(phrase.trim());
        if (!m.matches()) {
            return null;
        }
        String qualWord = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        String number = m.group(2).toLowerCase(Locale.ROOT);
        String unit = m.group(3).trim();
        Long vague = VAGUE.get(number);
        if (vague != null) {
            return new Quantity(vague, null, unit, "at_least");
        }
        Long value = WORDS.get(number);
        if (value == null) {
            value = numeric(number);
        }
        if (value == null) {
            return null;
        }
        String qualifier = switch (qualWord) {
            case "up to", "as many as" -> "up_to";
            case "at least" -> "at_least";
            case "more than", "over" -> "more_than";
            case "less than", "fewer than" -> "less_than";
            case "about", "around", "some", "nearly", "almost", "roughly" -> "about";
            default -> "exact";
        };
        return new Quantity(value, null, unit, qualifier);
    }

    private static Long numeric(String number) {
        String n = number.replace(",", "");
        long scale = 1;
        if (n.endsWith("million")) {
            scale = 1_000_000;
            n = n.replace("million", "").trim();
        } else if (n.endsWith("thousand")) {
            scale = 1_000;
            n = n.replace("thousand", "").trim();
        }
        try {
            return Math.round(Double.parseDouble(n) * scale);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
