package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the main text of a page: prunes non-content elements, scores blocks by text length,
 * commas, link density and class hints, propagates scores to their containers, picks the best
 * container with the siblings that continue it, and cleans furniture out of it. Mutates the
 * document it is given; stateless otherwise and thread-safe.
 */
final class MainContentExtractor {

    private static final Set<String> NEVER_CONTENT = Set.of(
            "script", "style", "noscript", "template", "iframe", "svg", "canvas", "button", "input",
            "select", "textarea", "link", "meta", "object", "embed", "video", "audio");
    /** Page regions that hold furniture, unless a page wraps most of its text in one (a form around everything). */
    private static final Set<String> USUALLY_FURNITURE = Set.of("form", "nav", "aside", "footer", "header", "dialog", "menu");
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote", "li", "h2", "h3", "h4");
    private static final Set<String> CONTAINERS_TO_CLEAN = Set.of("div", "section", "ul", "ol", "table", "dl", "span", "p");
    private static final int MIN_PARAGRAPH = 25;

    private final ContentHints hints = ContentHints.embedded();

    /** The main text's elements in page order, and the captions found in and around it. */
    record Content(List<Element> elements, List<String> captions) {}

    Content extract(Document doc) {
        Element body = doc.body();
        List<String> captions = new ArrayList<>();
        prune(body, captions);
        Map<Element, Double> scores = new IdentityHashMap<>();
        Map<Element, Integer> lengths = new IdentityHashMap<>();
        for (Element p : paragraphs(body)) {
            boolean own = !PARAGRAPHS.contains(p.normalName());
            String text = own ? p.ownText() : p.text();
            if (text.length() < MIN_PARAGRAPH || inExcludedRegion(p, body)) {
                continue;
            }
            double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
            Element ancestor = own ? p : p.parent();
            for (int level = 0; level < 3 && ancestor != null && ancestor != body.parent(); level++) {
                scores.putIfAbsent(ancestor, initialScore(ancestor));
                scores.merge(ancestor, score / (level == 0 ? 1 : level * 2.0), Double::sum);
                ancestor = ancestor.parent();
            }
        }
        Element top = null;
        double best = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = e.getValue() * (1 - linkDensity(e.getKey(), lengths));
            e.setValue(s);
            if (s > best) {
                best = s;
                top = e.getKey();
            }
        }
        if (top == null) {
            return new Content(List.of(body), captions);
        }
        top = widen(top, best, scores, body);
        best = Math.max(best, scores.getOrDefault(top, best));
        List<Element> chosen = withSiblings(top, best, scores, lengths);
        for (Element e : chosen) {
            clean(e, lengths);
        }
        return new Content(chosen, captions);
    }

    private boolean inExcludedRegion(Element e, Element body) {
        for (Element a = e; a != null && a != body; a = a.parent()) {
            if (hints.isExcluded(a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Pages that split the article into several sections leave strong candidates outside the top
     * one's lineage; then the article is their common ancestor.
     */
    private static Element widen(Element top, double best, Map<Element, Double> scores, Element body) {
        List<Element> others = new ArrayList<>();
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            Element c = e.getKey();
            if (e.getValue() >= best * 0.45 && c != top && !c.parents().contains(top) && !top.parents().contains(c)) {
                others.add(c);
            }
        }
        if (others.size() < 2) {
            return top;
        }
        Element common = top;
        for (Element other : others) {
            while (common != null && common != body && !other.parents().contains(common)) {
                common = common.parent();
            }
        }
        return common == null ? top : common;
    }

    private void prune(Element body, List<String> captions) {
        for (Element e : body.select("figcaption, [class~=(?i)caption], [itemprop=caption]")) {
            if (e.parent() != null && e.text().length() < 600) {
                String text = e.text().strip();
                if (!text.isEmpty() && captions.stream().noneMatch(c -> c.contains(text) || text.contains(c))) {
                    captions.add(text);
                }
                e.remove();
            }
        }
        for (Element e : body.select("figure")) {
            if (e.parent() != null && e.text().length() < 300) {
                e.remove();
            }
        }
        for (Element e : body.getAllElements()) {
            if (e != body && e.parent() != null && NEVER_CONTENT.contains(e.normalName())) {
                e.remove();
            }
        }
        int total = body.text().length();
        for (Element e : body.getAllElements()) {
            if (e == body || e.parent() == null) {
                continue;
            }
            boolean region = USUALLY_FURNITURE.contains(e.normalName()) && e.text().length() < total * 0.5;
            if (region || e.hasAttr("hidden")
                    || e.attr("style").replace(" ", "").toLowerCase().contains("display:none")
                    || e.attr("aria-hidden").equals("true") || e.attr("role").equals("navigation")
                    || e.attr("role").equals("complementary")) {
                e.remove();
            }
        }
    }

    private static List<Element> paragraphs(Element body) {
        List<Element> out = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            if (PARAGRAPHS.contains(tag)) {
                out.add(e);
            } else if (e.ownText().length() >= MIN_PARAGRAPH) {
                // Text written straight into a container (lines split by <br>) is a paragraph of that container.
                out.add(e);
            }
        }
        return out;
    }

    private double initialScore(Element e) {
        double base = switch (e.normalName()) {
            case "article" -> 10;
            case "div", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return base + hints.weight(e);
    }

    /** The top container plus siblings that look like more of the same text (split layouts, pagination blocks). */
    private List<Element> withSiblings(Element top, double best, Map<Element, Double> scores, Map<Element, Integer> lengths) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(10, best * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                out.add(sibling);
                continue;
            }
            double bonus = !top.className().isBlank() && top.className().equals(sibling.className()) ? best * 0.2 : 0;
            Double s = scores.get(sibling);
            if (s != null && s + bonus >= threshold) {
                out.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                String text = sibling.text();
                double ld = linkDensity(sibling, lengths);
                if ((text.length() > 80 && ld < 0.25) || (text.length() > 0 && ld == 0 && text.matches("(?s).*\\.( |$).*"))) {
                    out.add(sibling);
                }
            }
        }
        return out;
    }

    /** Removes furniture inside the chosen text: hinted widgets and link-heavy or negatively hinted blocks. */
    private void clean(Element root, Map<Element, Integer> lengths) {
        int total = Math.max(1, textLength(root, lengths));
        for (Element e : root.getAllElements()) {
            if (e == root || e.parent() == null) {
                continue;
            }
            int len = textLength(e, lengths);
            if (len > total * 0.5) {
                continue;
            }
            if (hints.isDroppable(e)) {
                e.remove();
                continue;
            }
            if (e.normalName().equals("h1")) {
                e.remove();
                continue;
            }
            if (!CONTAINERS_TO_CLEAN.contains(e.normalName())) {
                continue;
            }
            double ld = linkDensity(e, lengths);
            int weight = hints.weight(e);
            int ps = e.getElementsByTag("p").size();
            if (weight < 0 && ps < 3) {
                e.remove();
            } else if (ld > 0.5 && !e.normalName().equals("p")) {
                e.remove();
            } else if (ld > 0.33 && ps < 2 && len < 300 && !e.normalName().equals("p")) {
                e.remove();
            }
        }
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、') {
                n++;
            }
        }
        return n;
    }

    private static int textLength(Element e, Map<Element, Integer> lengths) {
        return lengths.computeIfAbsent(e, k -> k.text().length());
    }

    private static double linkDensity(Element e, Map<Element, Integer> lengths) {
        int len = textLength(e, lengths);
        if (len == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.getElementsByTag("a")) {
            links += textLength(a, lengths);
        }
        return Math.min(1.0, links / (double) len);
    }
}
