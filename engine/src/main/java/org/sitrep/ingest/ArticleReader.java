package org.sitrep.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;
import org.sitrep.model.RawInput;
import org.sitrep.pipeline.Outcome;
import org.sitrep.pipeline.Stage;

/**
 * The ingest stage: decodes an input's bytes, reads it as HTML or plain text, and returns the
 * {@link Article} with its language and id, or the reason it cannot be read. Bad input is a
 * rejection or a warning, never an exception. Immutable and thread-safe.
 */
public final class ArticleReader implements Stage<RawInput, Article> {

    private static final Pattern HTML_START = Pattern.compile(
            "(?is)^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*(<!doctype\\s+html|<html|<head|<body|<meta|<title)");
    private static final Pattern HTML_ANYWHERE = Pattern.compile("(?i)<(html|body|div|p)[\\s>]");
    /** Fewer body words than this is a fragment, not an article. */
    private static final int MIN_ARTICLE_WORDS = 8;

    private final TextDecoder decoder;
    private final int maxBodyChars;
    private final PlainTextReader plain = new PlainTextReader();
    private final HtmlReader html = new HtmlReader();

    public ArticleReader() {
        this(ReaderSettings.defaults());
    }

    /**
     * A reader. The language profiles start loading on a thread of their own, so that a caller
     * building the NLP stage next loads both at once rather than the profiles at the first article.
     */
    public ArticleReader(ReaderSettings settings) {
        this.decoder = new TextDecoder(settings);
        this.maxBodyChars = settings.maxBodyChars();
        LanguageIdentifier.loadInBackground();
    }

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public Outcome<Article> apply(RawInput in) {
        String name = in.name() == null ? "<input>" : in.name();
        Outcome<String> decoded = decoder.decode(name, in.bytes());
        if (!(decoded instanceof Outcome.Ok<String> ok)) {
            return Outcome.rejected(((Outcome.Rejected<String>) decoded).reason());
        }
        String text = ok.value();
        ArticleDraft draft = isHtml(text, in.mediaType()) ? html.read(name, text) : plain.read(name, text);
        List<Problem> warnings = new ArrayList<>(draft.warnings());
        String body = draft.text();
        if (body.length() > maxBodyChars) {
            return Outcome.rejected(new Problem("ingest", "ingest.too-long", name + ": article text of "
                    + body.length() + " characters, over the limit of " + maxBodyChars));
        }
        if (body.codePoints().noneMatch(Character::isLetterOrDigit)) {
            // A page of scripts, comments or blank characters: nothing to extract, so nothing to store.
            return Outcome.rejected(new Problem("ingest", "ingest.empty-body", name + ": no article text found"));
        }
        if (warnings.stream().noneMatch(p -> p.code().equals("ingest.not-an-article"))) {
            String why = notAnArticle(text, body);
            if (why != null) {
                warnings.add(new Problem("ingest", "ingest.not-an-article", name + ": " + why));
            }
        }
        String id = idOf(in);
        Article article = new Article(id, in.url(), draft.headline(),
                in.published() != null ? in.published() : draft.published(),
                draft.agency(), draft.dateline(), LanguageIdentifier.identify(body),
                draft.captions(), body, draft.removed());
        return Outcome.ok(article, warnings);
    }

    static boolean isHtml(String text, String mediaType) {
        if (mediaType != null) {
            String m = mediaType.toLowerCase(Locale.ROOT);
            if (m.contains("html") || m.contains("xml")) {
                return true;
            }
            if (m.startsWith("text/plain")) {
                return false;
            }
        }
        String head = text.length() > 2048 ? text.substring(0, 2048) : text;
        return HTML_START.matcher(head).find() || (head.strip().startsWith("<") && HTML_ANYWHERE.matcher(head).find());
    }

    /** Why the text reads as something other than an article (a table, a fragment), or null. */
    private static String notAnArticle(String raw, String body) {
        if (looksTabular(raw)) {
            return "the input is a table of delimited values, not an article";
        }
        if (HtmlReader.words(body).size() < MIN_ARTICLE_WORDS) {
            return "too little text for an article";
        }
        return null;
    }

    /** Most lines split into the same number (two or more) of comma, semicolon or tab separated cells. */
    private static boolean looksTabular(String text) {
        String[] lines = text.strip().split("\n");
        if (lines.length < 3) {
            return false;
        }
        for (char sep : new char[] {',', ';', '\t', '|'}) {
            int first = cells(lines[0], sep);
            if (first < 3) {
                continue;
            }
            int same = 0;
            for (String line : lines) {
                same += cells(line, sep) == first ? 1 : 0;
            }
            if (same >= lines.length * 0.8) {
                return true;
            }
        }
        return false;
    }

    private static int cells(String line, char sep) {
        int n = 1;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == sep && !quoted) {
                n++;
            }
        }
        return n;
    }

    /** The id the article read from an input gets: the caller's, else a hash of the bytes. */
    public static String idOf(RawInput in) {
        return in.id() != null && !in.id().isBlank() ? in.id() : hashId(in.bytes());
    }

    static String hashId(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes == null ? new byte[0] : bytes);
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
