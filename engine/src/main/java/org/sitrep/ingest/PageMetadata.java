package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about its article outside the body text: JSON-LD {@code headline},
 * {@code datePublished}, {@code articleBody}, Open Graph and {@code article:} meta tags,
 * {@code <time datetime>}. Immutable.
 *
 * @param published   the raw publication date string the page gives, or null
 * @param articleBody the JSON-LD body, possibly truncated, or null
 */
record PageMetadata(String headline, String published, String articleBody) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] DATE_META = {
        "meta[property=article:published_time]", "meta[name=article:published_time]",
        "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]",
        "meta[name=publish-date]", "meta[name=date]", "meta[name=dc.date.issued]", "meta[name=DC.date.issued]",
        "meta[name=parsely-pub-date]", "meta[name=sailthru.date]", "meta[property=og:published_time]",
    };

    static PageMetadata of(Document doc) {
        String headline = null;
        String published = null;
        String body = null;
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            for (JsonNode node : articleNodes(script.data())) {
                headline = headline != null ? headline : text(node.get("headline"));
                published = published != null ? published : text(node.get("datePublished"));
                String b = text(node.get("articleBody"));
                if (b != null && (body == null || b.length() > body.length())) {
                    body = b;
                }
            }
        }
        headline = headline != null ? headline : meta(doc, "meta[property=og:title]", "meta[name=twitter:title]");
        if (headline == null) {
            Element h1 = doc.selectFirst("h1");
            headline = h1 != null && !h1.text().isBlank() ? h1.text() : blankToNull(doc.title());
        }
        published = published != null ? published : meta(doc, DATE_META);
        if (published == null) {
            Element time = doc.selectFirst("time[datetime]");
            published = time == null ? null : blankToNull(time.attr("datetime"));
        }
        return new PageMetadata(clean(headline), published == null ? null : published.strip(), body);
    }

    private static List<JsonNode> articleNodes(String json) {
        List<JsonNode> out = new ArrayList<>();
        try {
            collect(JSON.readTree(json), out, 0);
        } catch (JsonProcessingException e) {
            return out;
        }
        return out;
    }

    /** Article-like objects anywhere in the graph: typed as an article, or carrying a body. */
    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 6) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out, depth + 1));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        String type = node.path("@type").toString().toLowerCase(Locale.ROOT);
        if (node.has("articleBody") || type.contains("article") || type.contains("posting")) {
            out.add(node);
        }
        collect(node.get("@graph"), out, depth + 1);
        collect(node.get("mainEntity"), out, depth + 1);
    }

    private static String text(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isArray() && !n.isEmpty()) {
            return text(n.get(0));
        }
        return n.isTextual() ? blankToNull(n.asText()) : null;
    }

    private static String meta(Document doc, String... selectors) {
        for (String selector : selectors) {
            Element e = doc.selectFirst(selector);
            if (e != null && !e.attr("content").isBlank()) {
                return e.attr("content").strip();
            }
        }
        return null;
    }

    private static String clean(String s) {
        return s == null ? null : blankToNull(org.jsoup.parser.Parser.unescapeEntities(s, false).replaceAll("\\s+", " "));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
