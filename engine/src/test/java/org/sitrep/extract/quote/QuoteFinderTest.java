package org.sitrep.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

    private static List<String> texts(String text) {
        return new QuoteFinder().find(text).stream().map(q -> text.substring(q.start(), q.end())).toList();
    }

    @Test
    void findsCurlyAndStraightDoubleQuotes() {
        assertEquals(List.of("yes", "no"), texts("He said \u201cyes\u201d and \"no\" twice."));
    }

    @Test
    void quoteReopenedInTheNextParagraphIsOneQuotation() {
        String text = "\u201cFirst part.\n\n\u201cSecond part,\u201d she said.";
        assertEquals(List.of("First part.\n\n\u201cSecond part,"), texts(text));
    }

    @Test
    void quoteClosedOnTheNextLineRunsOverTheBreak() {
        assertEquals(List.of("One line\nand the next,"), texts("\u201cOne line\nand the next,\u201d he said."));
    }

    @Test
    void openingMarkNeverClosedIsDropped() {
        assertEquals(List.of(), texts("He wrote \u201can unfinished\nNext paragraph without marks."));
    }

    @Test
    void apostrophesAreNotNestedQuotes() {
        assertEquals(List.of("It\u2019s the rebels\u2019 town,"), texts("\u201cIt\u2019s the rebels\u2019 town,\u201d she said."));
    }

    @Test
    void singleQuotesInsideADoubleQuoteAreNested() {
        String text = "\"He told me 'leave now' and left,\" she said. \u201cThey said \u2018go\u2019.\u201d";
        List<QuoteSpan> spans = new QuoteFinder().find(text);
        assertEquals(List.of("He told me 'leave now' and left,", "leave now", "They said \u2018go\u2019.", "go"),
                spans.stream().map(q -> text.substring(q.start(), q.end())).toList());
        assertEquals(List.of(-1, 0, -1, 2), spans.stream().map(QuoteSpan::parent).toList());
    }

    @Test
    void partialQuoteLeftOpenEndsWithItsParagraph() {
        String text = "He urged them to \"hold the line.\n\n\"We will not move,\" he added.";
        assertEquals(List.of("hold the line.", "We will not move,"), texts(text));
    }

    @Test
    void openingMarkAtTheEndOfAParagraphClosesTheQuote() {
        assertEquals(List.of("So we wait. We go. ", "Next."),
                texts("\u201cSo we wait. We go. \u201c\nThen \u201cNext.\u201d"));
    }

    @Test
    void strayMarksGiveSpansInsideTheText() {
        for (String text : List.of("\"", "\u201c", "\u201d\u201c", "\"\"\"", "'\u2018\u2019'", "a \"\n\"\n\"",
                "\u201c\u2018\u201d\u2019", "5'10\" tall", "\u201c \u201d", "\u201cx.\n")) {
            for (QuoteSpan q : new QuoteFinder().find(text)) {
                boolean inside = 0 <= q.open() && q.open() < q.start() && q.start() <= q.end() && q.end() <= text.length();
                assertTrue(inside, q + " in " + text);
            }
        }
    }
}
