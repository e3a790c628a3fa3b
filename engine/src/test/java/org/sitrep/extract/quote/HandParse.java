package org.sitrep.extract.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.extract.actor.ActorSet;
import org.sitrep.extract.actor.Mention;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * A hand-made annotated article for quote tests: one line per sentence, tokens from a small
 * tokenizer, tags from a few word lists, and the dependency arcs the test writes out
 * ({@code "nsubj said Reyes"}, {@code "dep group@3 emirate"} for the token at index 3).
 * Not thread-safe; one per test.
 */
final class HandParse {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'\u2019][\\p{L}\\p{N}]+)*|\\S");
    private static final Map<String, String> VERBS = Map.ofEntries(
            Map.entry("said", "say"), Map.entry("says", "say"), Map.entry("saying", "say"), Map.entry("added", "add"),
            Map.entry("told", "tell"), Map.entry("telling", "tell"), Map.entry("call", "call"), Map.entry("kept", "keep"),
            Map.entry("prompting", "prompt"), Map.entry("using", "use"), Map.entry("were", "be"), Map.entry("is", "be"),
            Map.entry("held", "hold"), Map.entry("left", "leave"), Map.entry("spoke", "speak"), Map.entry("stay", "stay"),
            Map.entry("stayed", "stay"), Map.entry("met", "meet"), Map.entry("want", "want"), Map.entry("go", "go"), Map.entry("will", "will"),
            Map.entry("rebuild", "rebuild"), Map.entry("leave", "leave"), Map.entry("are", "be"), Map.entry("open", "open"),
            Map.entry("Stay", "stay"), Map.entry("visited", "visit"), Map.entry("warned", "warn"), Map.entry("follows", "follow"),
            Map.entry("fail", "fail"), Map.entry("may", "may"));
    private static final Map<String, String> OTHER_TAGS = Map.ofEntries(
            Map.entry("he", "PRP"), Map.entry("she", "PRP"), Map.entry("they", "PRP"), Map.entry("we", "PRP"),
            Map.entry("us", "PRP"), Map.entry("it", "PRP"), Map.entry("their", "PRP$"), Map.entry("his", "PRP$"),
            Map.entry("the", "DT"), Map.entry("a", "DT"), Map.entry("to", "TO"), Map.entry("for", "IN"),
            Map.entry("as", "IN"), Map.entry("on", "IN"), Map.entry("in", "IN"), Map.entry("and", "CC"),
            Map.entry("so-called", "JJ"), Map.entry("tired", "JJ"), Map.entry("short", "JJ"), Map.entry("joint", "JJ"),
            Map.entry("inside", "RB"), Map.entry("home", "RB"), Map.entry("nobody", "NN"));

    private final StringBuilder text = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Actor> actors = new ArrayList<>();
    private final Map<Mention, String> byMention = new HashMap<>();

    /** Adds a sentence on its own line, with the arcs {@code "rel head dependent"}; the first arc's head is the root. */
    HandParse sentence(String line, String... arcs) {
        if (!text.isEmpty()) {
            text.append('\n');
        }
        int offset = text.length();
        text.append(line);
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(line);
        while (m.find()) {
            String w = m.group();
            String lemma = VERBS.getOrDefault(w, w.toLowerCase(Locale.ROOT));
            tokens.add(new Token(tokens.size(), w, lemma, tag(w, tokens.isEmpty()), "O", offset + m.start(), offset + m.end()));
        }
        List<Dependency> deps = new ArrayList<>();
        for (String arc : arcs) {
            String[] p = arc.split(" ");
            int head = find(tokens, p[1]);
            if (deps.isEmpty()) {
                deps.add(new Dependency(-1, head, "root"));
            }
            deps.add(new Dependency(head, find(tokens, p[2]), p[0]));
        }
        sentences.add(new Sentence(sentences.size(), new Span(offset, offset + line.length()), line, tokens, deps,
                List.of(), List.of()));
        return this;
    }

    /** An actor mentioned wherever one of its surfaces appears as whole tokens. */
    HandParse actor(String id, String name, ActorKind kind, String... surfaces) {
        List<Span> spans = new ArrayList<>();
        for (Sentence s : sentences) {
            for (String surface : surfaces) {
                int n = surface.split(" ").length;
                for (int i = 0; i + n <= s.tokens().size(); i++) {
                    String words = String.join(" ", s.tokens().subList(i, i + n).stream().map(Token::word).toList());
                    if (words.equals(surface)) {
                        Span span = new Span(s.tokens().get(i).start(), s.tokens().get(i + n - 1).end());
                        byMention.put(new Mention(span, s.index(), i, i + n, surface, id, kind, null, null, null), id);
                        spans.add(span);
                    }
                }
            }
        }
        actors.add(new Actor(id, name, kind, null, null, null, List.of(surfaces), spans));
        return this;
    }

    AnnotatedArticle article() {
        Article a = new Article("hand", null, null, null, null, null, "en", List.of(), text.toString(), List.of());
        return new AnnotatedArticle(a, sentences, List.of());
    }

    ActorSet actors() {
        return new ActorSet(actors, byMention, List.of());
    }

    private static String tag(String w, boolean first) {
        if (VERBS.containsKey(w)) {
            return w.endsWith("ing") ? "VBG" : w.endsWith("ed") || w.equals("said") || w.equals("told")
                    || w.equals("kept") || w.equals("met") || w.equals("held") || w.equals("left") || w.equals("spoke") ? "VBD" : "VB";
        }
        String tag = OTHER_TAGS.get(w.toLowerCase(Locale.ROOT));
        if (tag != null) {
            return tag;
        }
        if (!Character.isLetterOrDigit(w.charAt(0))) {
            return w.equals(",") ? "," : w.equals(".") ? "." : "``";
        }
        if (Character.isDigit(w.charAt(0))) {
            return "CD";
        }
        return Character.isUpperCase(w.charAt(0)) && !first ? "NNP" : w.endsWith("s") ? "NNS" : "NN";
    }

    /** The token named {@code word} (its first occurrence) or {@code word@index}. */
    private static int find(List<Token> tokens, String ref) {
        int at = ref.lastIndexOf('@');
        if (at > 0) {
            return Integer.parseInt(ref.substring(at + 1));
        }
        for (Token t : tokens) {
            if (t.word().equals(ref)) {
                return t.index();
            }
        }
        throw new IllegalArgumentException("no token '" + ref + "' in " + tokens.stream().map(Token::word).toList());
    }
}
