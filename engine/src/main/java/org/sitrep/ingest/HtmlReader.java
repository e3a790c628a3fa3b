package org.sitrep.ingest;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.sitrep.model.Problem;

/**
 * Reads an HTML page: metadata from JSON-LD and meta tags, the body from the DOM's main content,
 * checked against the JSON-LD {@code articleBody} where the page has one. jsoup only parses; the
 * extraction is {@link MainContentExtractor}'s. Immutable and thread-safe.
 */
final class HtmlReader {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int SHINGLE = 4;
    /** A JSON-LD body shorter than this many words is a teaser, not the article. */
    private static final int MIN_LD_WORDS = 30;

    private final MainContentExtractor extractor = new MainContentExtractor();
    private final FurnitureFilter furniture = FurnitureFilter.embedded();
    private final CaptionRecognizer captions = CaptionRecognizer.embedded();
    private final DatelineReader datelines = DatelineReader.embedded();

    ArticleDraft read(String name, String html) {
        Document doc = Jsoup.parse(html);
        List<Problem> warnings = new ArrayList<>();
        if (!doc.select("input[type=password]").isEmpty()) {
            warnings.add(new Problem("ingest", "ingest.not-an-article", name + ": the page asks for a password"));
        }
        PageMetadata meta = PageMetadata.of(doc);
        LocalDateTime published = null;
        if (meta.published() != null) {
            published = DateParser.parse(meta.published()).orElse(null);
            if (published == null) {
                warnings.add(new Problem("ingest", "ingest.bad-date",
                        name + ": cannot read the publication date '" + meta.published() + "'"));
            }
        }
        MainContentExtractor.Content content = extractor.extract(doc);
        List<String> removed = new ArrayList<>();
        List<String> found = new ArrayList<>(content.captions());
        List<String> dom = new ArrayList<>();
        boolean inList = false;
        for (String line : BlockText.lines(content.elements())) {
            if (inList && FurnitureFilter.isListItem(line)) {
                removed.add(line);
                continue;
            }
            inList = furniture.startsList(line);
            if (furniture.isFurniture(line)) {
                removed.add(line);
            } else if (captions.isMarkedCaption(line) && line.length() < 200) {
                found.add(line);
            } else if (!line.equals(meta.headline())) {
                dom.add(line);
            }
        }
        List<String> body = reconcile(dom, meta.articleBody());
        String agency = null;
        String dateline = null;
        if (!body.isEmpty()) {
            Optional<Dateline> inline = datelines.inline(body.get(0));
            if (inline.isPresent()) {
                agency = inline.get().agency();
                dateline = inline.get().place();
            }
        }
        return new ArticleDraft(meta.headline(), published, agency, dateline, found, body, removed, warnings);
    }

    /**
     * Chooses between the DOM text and the JSON-LD body. Where the DOM holds all of a complete
     * JSON-LD body, its paragraphs outside that body are furniture; where the two disagree, the
     * DOM candidate was the wrong block and the JSON-LD body is the better text.
     */
    static List<String> reconcile(List<String> dom, String ldBody) {
        if (ldBody == null) {
            return dom;
        }
        String ld = ldBody.contains("<")
                ? String.join("\n", BlockText.lines(Jsoup.parseBodyFragment(ldBody).body()))
                : Parser.unescapeEntities(ldBody, false);
        List<String> ldWords = words(ld);
        if (ldWords.size() < MIN_LD_WORDS) {
            return dom;
        }
        List<String> domWords = words(String.join(" ", dom));
        Map<String, Integer> domShingles = shingles(domWords);
        Map<String, Integer> ldShingles = shingles(ldWords);
        double covered = overlap(ldShingles, domShingles) / (double) Math.max(1, count(ldShingles));
        boolean truncated = ld.strip().matches("(?s).*(\\.\\.\\.|…|\\[\\.\\.\\.\\])$")
                || ldWords.size() < domWords.size() * 0.5;
        if (covered >= 0.8 && !truncated) {
            List<String> kept = new ArrayList<>();
            for (String p : dom) {
                List<String> w = words(p);
                Map<String, Integer> ps = shingles(w);
                double inLd = w.size() < SHINGLE
                        ? (ldWordsContain(ldWords, w) ? 1 : 0)
                        : overlap(ps, ldShingles) / (double) Math.max(1, count(ps));
                if (inLd >= 0.5) {
                    kept.add(p);
                }
            }
            return kept;
        }
        if (covered < 0.5 && !truncated && ldWords.size() >= domWords.size() * 0.3) {
            List<String> out = new ArrayList<>();
            for (String p : ld.split("\\s*\\n\\s*")) {
                if (!p.isBlank()) {
                    out.add(p.strip().replaceAll("\\s+", " "));
                }
            }
            return out;
        }
        return dom;
    }

    private static boolean ldWordsContain(List<String> ld, List<String> w) {
        return !w.isEmpty() && java.util.Collections.indexOfSubList(ld, w) >= 0;
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static Map<String, Integer> shingles(List<String> words) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            out.merge(String.join(" ", words.subList(i, i + SHINGLE)), 1, Integer::sum);
        }
        return out;
    }

    private static int overlap(Map<String, Integer> a, Map<String, Integer> b) {
        int n = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            n += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
        }
        return n;
    }

    private static int count(Map<String, Integer> m) {
        return m.values().stream().mapToInt(Integer::intValue).sum();
    }
}
