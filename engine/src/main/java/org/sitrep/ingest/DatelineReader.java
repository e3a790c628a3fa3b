package org.sitrep.ingest;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads datelines: a line of its own ({@code AFP/ City}) or the opening of the first paragraph
 * ({@code CITY (AP) — }, {@code CITY, Feb 18 (Reuters) - }, {@code CITY: }). Agencies come from
 * {@code agencies.txt}. Immutable and thread-safe.
 */
final class DatelineReader {

    private static final String PLACE = "\\p{Lu}[\\p{L}'’.-]*(?:[ -]\\p{L}[\\p{L}'’.-]*){0,3}";
    private static final Pattern AGENCY_LINE = Pattern.compile(
            "(?<agency>[\\p{L}][\\p{L} .&-]{0,30}?)\\s*/\\s*(?<place>" + PLACE + "(?:,\\s*" + PLACE + ")?)\\.?");
    private static final Pattern PAREN = Pattern.compile(
            "^(?<place>" + PLACE + "(?:,\\s*\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)?)?)"
            + "(?:,\\s*(?<date>\\p{L}{3,9}\\.?\\s+\\d{1,2}(?:,?\\s+\\d{2,4})?|\\d{1,2}\\s+\\p{L}{3,9}\\.?(?:\\s+\\d{2,4})?))?"
            + "\\s*\\((?<agency>[^()]{2,40})\\)\\s*(?:--|[—–-]|:)\\s*");
    private static final Pattern CAPS = Pattern.compile(
            "^(?<place>\\p{Lu}{2,}(?:[ -]\\p{Lu}{2,}){0,3})(?:,\\s*(?<region>\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)?))?"
            + "\\s*(?:--|[—–]|:)\\s+\\S");

    /**
     * A monitoring service's transcript header: place (with its country in brackets), day,
     * source, a dash and the editor's bracketed notes ({@code Lima, 14 Dec 88 (EFE) -- [Text]}).
     */
    private static final Pattern TRANSCRIPT = Pattern.compile(
            "^(?<place>" + PLACE + ")(?:\\s*\\((?<region>[^()]{2,30})\\))?,\\s*"
            + "(?<date>\\d{1,2}\\s+\\p{L}{3,9}\\.?\\s+\\d{2,4})\\s*\\((?<agency>[^()]{2,60})\\)\\s*(?:--|[—–])\\s*"
            + "(?:\\[[^\\[\\]]{1,300}]\\s*)+");

    /**
     * A transcript header that opens a paragraph.
     *
     * @param dateline what it says
     * @param length   how many characters of the paragraph it takes, notes and spaces included
     */
    record Transcript(Dateline dateline, int length) {}

    private static final DatelineReader EMBEDDED = new DatelineReader();

    private final Set<String> agencies = new HashSet<>();
    private final Set<String> labels = new HashSet<>();

    private DatelineReader() {
        DataLines.read("agencies.txt").forEach(a -> agencies.add(a.toLowerCase(Locale.ROOT)));
        DataLines.read("dateline-labels.txt").forEach(l -> labels.add(l.toUpperCase(Locale.ROOT)));
    }

    static DatelineReader embedded() {
        return EMBEDDED;
    }

    boolean isAgency(String name) {
        return name != null && agencies.contains(name.strip().toLowerCase(Locale.ROOT));
    }

    /** A whole line such as {@code AFP/ Mosul}; only known agencies count, so prose with a slash does not. */
    Optional<Dateline> agencyLine(String line) {
        Matcher m = AGENCY_LINE.matcher(line.strip());
        if (!m.matches() || !isAgency(m.group("agency"))) {
            return Optional.empty();
        }
        return Optional.of(new Dateline(m.group("agency").strip(), m.group("place").strip(), null));
    }

    /** The dateline that opens a paragraph, which stays in the body; empty when it opens with prose. */
    Optional<Dateline> inline(String paragraph) {
        Matcher m = PAREN.matcher(paragraph);
        if (m.find()) {
            String agency = m.group("agency").strip();
            String place = m.group("place");
            boolean capsPlace = place.equals(place.toUpperCase(Locale.ROOT));
            if (isAgency(agency) || capsPlace || m.group("date") != null) {
                return Optional.of(new Dateline(agency, titleCase(place),
                        m.group("date") == null ? null : DateParser.parse(m.group("date")).orElse(null)));
            }
        }
        m = CAPS.matcher(paragraph);
        if (m.find() && !labels.contains(m.group("place")) && !isAgency(m.group("place"))) {
            String place = titleCase(m.group("place"));
            if (m.group("region") != null) {
                place += ", " + m.group("region");
            }
            return Optional.of(new Dateline(null, place, null));
        }
        return Optional.empty();
    }

    /**
     * The transcript header that opens a paragraph, if any. Unlike a news dateline it is no part
     * of the story: glued to the first sentence it would be parsed as that sentence's subject.
     */
    Optional<Transcript> transcript(String paragraph) {
        Matcher m = TRANSCRIPT.matcher(paragraph);
        if (!m.find()) {
            return Optional.empty();
        }
        String place = titleCase(m.group("place")) + (m.group("region") == null ? "" : ", " + m.group("region").strip());
        Dateline d = new Dateline(m.group("agency").strip(), place, DateParser.parse(m.group("date")).orElse(null));
        return Optional.of(new Transcript(d, m.end()));
    }

    /** {@code SAN SALVADOR} becomes {@code San Salvador}; mixed-case names are kept as written. */
    static String titleCase(String place) {
        String p = place.strip();
        int comma = p.indexOf(',');
        String head = comma < 0 ? p : p.substring(0, comma);
        if (!head.equals(head.toUpperCase(Locale.ROOT))) {
            return p;
        }
        StringBuilder out = new StringBuilder();
        boolean start = true;
        for (char c : head.toCharArray()) {
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'' && c != '’';
        }
        return out + (comma < 0 ? "" : p.substring(comma));
    }
}
