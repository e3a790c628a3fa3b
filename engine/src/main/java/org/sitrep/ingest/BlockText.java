package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Renders HTML elements as text, one block (paragraph, heading, list item) per line. Stateless and thread-safe. */
final class BlockText {

    static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4",
            "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody",
            "tr", "td", "th", "figure", "figcaption", "address", "hr", "br", "center", "form", "fieldset",
            "details", "summary", "caption");

    private BlockText() {
    }

    static List<String> lines(List<Element> roots) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        NodeVisitor visitor = new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText().replaceAll("[\\s\\u00A0]+", " ");
                    if (!s.isBlank() || line.length() > 0) {
                        line.append(s);
                    }
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(line, lines);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(line, lines);
                }
            }
        };
        for (Element root : roots) {
            NodeTraversor.traverse(visitor, root);
            flush(line, lines);
        }
        return lines;
    }

    static List<String> lines(Element root) {
        return lines(List.of(root));
    }

    private static void flush(StringBuilder line, List<String> lines) {
        String s = line.toString().replaceAll(" {2,}", " ").strip();
        if (!s.isEmpty()) {
            lines.add(s);
        }
        line.setLength(0);
    }
}
