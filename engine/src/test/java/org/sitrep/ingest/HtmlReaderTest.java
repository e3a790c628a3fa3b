package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

    private final HtmlReader reader = new HtmlReader();

    private static final String PARAGRAPHS = """
            <p>The harbour authority said on Monday that the northern pier, closed since the winter storms, would reopen to ferries next month after repairs.</p>
            <p>Engineers replaced the damaged pilings, strengthened the deck and rebuilt the ramp, work that took longer than planned because of the cold.</p>
            <p>“We are grateful for the patience of the islanders, who have waited a long time,” the harbour master told reporters, adding that fares would not change.</p>
            <p>The ferry company plans four crossings a day at first, rising to six in the summer, when visitors return to the islands in large numbers.</p>
            """;

    private static final String PAGE = """
            <!doctype html><html><head><title>Pier to reopen | Example Post</title>
            <meta property="og:title" content="Northern pier to reopen next month">
            <meta property="article:published_time" content="2021-03-08T10:30:00+01:00">
            </head><body>
            <header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
            <div class="layout"><div class="story-body">
            <h1>Northern pier to reopen next month</h1>
            <figure><img src="p.jpg"><figcaption>The northern pier under repair in February.</figcaption></figure>
            %s
            <div class="share-tools"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
            </div>
            <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Council approves new school budget for next year</a></li>
            <li><a href="/b">Local team wins the regional cup after extra time</a></li></ul></aside>
            <div id="comments" class="comments"><p>This is a comment from a reader who has plenty to say about the pier, the ferries and the fares.</p>
            <p>Another reader replies at some length, with commas, asides, and opinions, as readers do.</p></div>
            </div>
            <footer><p>© 2021 Example Post. All rights reserved. Contact us, advertise, careers, terms.</p></footer>
            </body></html>
            """.formatted(PARAGRAPHS);

    @Test
    void extractsTheStoryAndItsMetadata() {
        ArticleDraft d = reader.read("t", PAGE);
        assertEquals("Northern pier to reopen next month", d.headline());
        assertEquals(LocalDateTime.of(2021, 3, 8, 10, 30), d.published());
        assertEquals(List.of("The northern pier under repair in February."), d.captions());
        assertEquals(4, d.paragraphs().size(), d.text());
        assertTrue(d.paragraphs().get(0).startsWith("The harbour authority said on Monday"));
        assertTrue(d.paragraphs().get(3).endsWith("in large numbers."));
        assertFalse(d.text().contains("comment"));
        assertFalse(d.text().contains("Facebook"));
        assertFalse(d.text().contains("Most read"));
        assertTrue(d.warnings().isEmpty());
    }

    @Test
    void prefersTheJsonLdBodyWhenTheDomCandidateIsSomethingElse() {
        String ld = "Officials in the valley town said on Friday that the old bridge would be closed for a year while "
                + "it is rebuilt. Drivers will have to use the ring road, which adds about ten minutes to most trips, "
                + "and buses will be rerouted through the industrial estate until the work is finished next spring.";
        String page = """
                <html><head><script type="application/ld+json">
                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Old bridge to close for a year",
                 "datePublished":"2021-05-14","articleBody":"%s"}
                </script></head><body><div class="promo">%s</div></body></html>
                """.formatted(ld, PARAGRAPHS);
        ArticleDraft d = reader.read("t", page);
        assertEquals("Old bridge to close for a year", d.headline());
        assertEquals(LocalDateTime.of(2021, 5, 14, 0, 0), d.published());
        assertEquals(ld, d.text());
    }

    @Test
    void keepsOnlyDomParagraphsThatACompleteJsonLdBodyHolds() {
        String ld = "The harbour authority said on Monday that the northern pier, closed since the winter storms, would "
                + "reopen to ferries next month after repairs. Engineers replaced the damaged pilings, strengthened the "
                + "deck and rebuilt the ramp, work that took longer than planned because of the cold.";
        String page = """
                <html><head><script type="application/ld+json">{"@type":"NewsArticle","articleBody":"%s"}</script></head>
                <body><article><p>%s</p><p>%s</p><p>Subscribers get unlimited access to every story and the daily puzzle, for less.</p></article></body></html>
                """.formatted(ld, ld.substring(0, ld.indexOf(" Engineers")), ld.substring(ld.indexOf("Engineers")));
        ArticleDraft d = reader.read("t", page);
        assertEquals(2, d.paragraphs().size(), d.text());
    }

    @Test
    void flagsALoginPage() {
        String page = "<html><body><form><label>Email</label><input type=email><label>Password</label>"
                + "<input type=password><button>Sign in</button></form></body></html>";
        ArticleDraft d = reader.read("login.html", page);
        assertEquals("ingest.not-an-article", d.warnings().get(0).code());
    }

    @Test
    void warnsOnAnUnreadableDate() {
        String page = "<html><head><meta property=\"article:published_time\" content=\"sometime last week\"></head>"
                + "<body><article>" + PARAGRAPHS + "</article></body></html>";
        ArticleDraft d = reader.read("t", page);
        assertEquals(null, d.published());
        assertEquals("ingest.bad-date", d.warnings().get(0).code());
    }
}
