package org.sitrep.ingest;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Problem;

/**
 * Reads plain text as scraped from news sites: a headline line, then date, byline, photo captions
 * and an {@code AGENCY/ Place} line ahead of the body (whatever stands between the date and
 * that line is a caption), page furniture anywhere. Text with a single
 * paragraph is all body. Immutable and thread-safe.
 */
final class PlainTextReader {

    private static final int MAX_HEADLINE_CHARS = 200;
    private static final int MAX_HEADLINE_WORDS = 20;
    /** A headline written as a full sentence stays short; a longer one is the lede. */
    private static final int MAX_SENTENCE_HEADLINE_WORDS = 16;
    private static final int MAX_BYLINE = 80;

    private final FurnitureFilter furniture = FurnitureFilter.embedded();
    private final CaptionRecognizer captions = CaptionRecognizer.embedded();
    private final DatelineReader datelines = DatelineReader.embedded();

    ArticleDraft read(String name, String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String s = line.strip();
            if (!s.isEmpty()) {
                lines.add(s);
            }
        }
        List<Problem> warnings = new ArrayList<>();
        List<String> found = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        String headline = null;
        LocalDateTime published = null;
        String agency = null;
        String dateline = null;
        int i = 0;
        if (lines.size() >= 2 && isHeadline(lines.get(0))) {
            headline = lines.get(0);
            i = 1;
        }
        boolean badDate = false;
        while (headline != null && i < lines.size() - 1) {
            String line = lines.get(i);
            Optional<LocalDateTime> date = DateParser.parse(line);
            Optional<Dateline> agencyLine = datelines.agencyLine(line);
            if (date.isPresent() && published == null) {
                published = date.get();
            } else if (DateParser.looksLikeDate(line)) {
                badDate = true;
                removed.add(line);
            } else if (agencyLine.isPresent()) {
                agency = agencyLine.get().agency();
                dateline = agencyLine.get().place();
            } else if (captions.isMarkedCaption(line)
                    || (captions.describesPhoto(line) && agencyLineFollows(lines, i + 1))
                    || datelines.agencyLine(lines.get(i + 1)).isPresent()) {
                found.add(line);
            } else if (isByline(line) || furniture.isFurniture(line)) {
                removed.add(line);
            } else {
                break;
            }
            i++;
        }
        if (badDate && published == null) {
            warnings.add(new Problem("ingest", "ingest.bad-date", name + ": cannot read the publication date"));
        }
        List<String> body = new ArrayList<>();
        boolean inList = false;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (inList && FurnitureFilter.isListItem(line)) {
                removed.add(line);
                continue;
            }
            inList = furniture.startsList(line);
            if (furniture.isFurniture(line)) {
                removed.add(line);
            } else if (captions.isMarkedCaption(line)) {
                found.add(line);
            } else {
                body.add(line);
            }
        }
        Optional<DatelineReader.Transcript> transcript = body.isEmpty() ? Optional.empty()
                : datelines.transcript(body.get(0));
        if (transcript.isPresent()) {
            Dateline d = transcript.get().dateline();
            String first = body.get(0);
            removed.add(first.substring(0, transcript.get().length()).strip());
            String rest = first.substring(transcript.get().length()).strip();
            if (rest.isEmpty()) {
                body.remove(0);
            } else {
                body.set(0, rest);
            }
            agency = agency != null ? agency : d.agency();
            dateline = dateline != null ? dateline : d.place();
            published = published != null ? published : d.date();
        } else if (!body.isEmpty()) {
            Optional<Dateline> inline = datelines.inline(body.get(0));
            if (inline.isPresent()) {
                agency = agency != null ? agency : inline.get().agency();
                dateline = dateline != null ? dateline : inline.get().place();
                published = published != null ? published : inline.get().date();
            }
        }
        return new ArticleDraft(headline, published, agency, dateline, found, body, removed, warnings);
    }

    private boolean isHeadline(String line) {
        int words = line.split("\\s+").length;
        return line.length() <= MAX_HEADLINE_CHARS
                && words <= (line.endsWith(".") ? MAX_SENTENCE_HEADLINE_WORDS : MAX_HEADLINE_WORDS)
                && !captions.isMarkedCaption(line)
                && datelines.inline(line).isEmpty()
                && DateParser.parse(line).isEmpty()
                && !furniture.isFurniture(line);
    }

    private boolean agencyLineFollows(List<String> lines, int from) {
        for (int j = from; j < lines.size(); j++) {
            String line = lines.get(j);
            if (datelines.agencyLine(line).isPresent()) {
                return true;
            }
            if (!captions.isMarkedCaption(line) && !captions.describesPhoto(line)) {
                return false;
            }
        }
        return false;
    }

    private static boolean isByline(String line) {
        return line.length() <= MAX_BYLINE && line.matches("^(?:[Bb]y|BY)\\s+\\p{Lu}[\\p{L}.'’ -]+(?:,.*)?$")
                && !line.matches(".*[.!?]$");
    }
}
