package org.sitrep.nlp;

import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * CoreNLP's fine-grained NER step (its KBP name lists: COUNTRY, CITY, STATE_OR_PROVINCE,
 * NATIONALITY, TITLE, RELIGION...) applied through a token trie. CoreNLP runs the same 586,000
 * entries through one regular-expression matcher per candidate pattern, which costs half of its
 * time on news and 15 s of start-up; this class reads the same files from CoreNLP's model jar and
 * follows the same rules (entry priority, then length, then list order; overlapping matches
 * dropped; a match must hold a noun or adjective, must not cut an entity it does not fully cover,
 * and may overwrite only the types its entry allows), so the tags it gives are CoreNLP's.
 *
 * <p>Thread-safe: its lists are fixed after construction; it keeps, for words met before, the
 * regular-expression entries whose first token pattern matches them.
 */
final class FineNerLists {

    /** A case-insensitive list whose matches must hold a noun or adjective, then a cased one. */
    private static final String CASELESS = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
    private static final String CASED = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_cased.tab";
    private static final Pattern VALID_POS = Pattern.compile("(NN|JJ|ADD).*");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    /** Characters that make a token pattern a regular expression rather than a plain string, as CoreNLP tests. */
    private static final String REGEX_CHARS = "[]?.\\^$()*+{}|";
    /** Labels an entry may always replace ("O", "MISC"), widened below by every type the lists give. */
    private static final Set<String> BACKGROUND = Set.of("O", "MISC");
    /** Types CoreNLP never lets an entry overwrite unless the entry names the old type. */
    private static final Set<String> NO_DEFAULT_OVERWRITE = Set.of("CITY");
    /** Words whose regular-expression starts are kept (a few dozen bytes each). */
    private static final int WORD_LIMIT = 200_000;

    /** Second halves CoreNLP keeps apart when it joins hyphenated words ("Chicago-area"). */
    private static final Set<String> HYPHEN_EXCEPTIONS = Set.of("based", "area", "registered", "headquartered",
            "native", "born", "raised", "backed", "controlled", "owned", "resident", "trained", "educated");

    private record Entry(int order, String type, Set<String> overwritable, double priority, Pattern[] tokens) {}

    private record Match(Entry entry, int start, int end) {}

    /**
     * A trie level: the entries ending here, and the next level by token key. Most of the lists'
     * 600,000 levels have no next level or no entry, so each is made when first needed.
     */
    private static final class Node {
        private Map<String, Node> next = Map.of();
        private List<Entry> entries = List.of();

        Node child(String key) {
            if (next.isEmpty()) {
                next = new HashMap<>(4);
            }
            return next.computeIfAbsent(key, k -> new Node());
        }

        void add(Entry e) {
            if (entries.isEmpty()) {
                entries = new ArrayList<>(1);
            }
            entries.add(e);
        }
    }

    private final Node caseless = new Node();
    private final Node cased = new Node();
    /** Entries whose first token is a regular expression, by the first character they can start with. */
    private final Map<Character, List<Entry>> regexByFirst = new HashMap<>();
    private final List<Entry> regexAny = new ArrayList<>();
    /** By word: the regular-expression entries whose first pattern matches it, in the order they are tried. */
    private final Map<String, Entry[]> regexStarts = new ConcurrentHashMap<>();
    private final Set<String> myLabels = new HashSet<>(BACKGROUND);

    FineNerLists() {
        // Sized for the lists' 580,000 entries, so that loading does not rehash them as they come.
        Map<String, Double> seen = new HashMap<>(1 << 20);
        // The lists name a handful of overwritable type sets, each made once.
        Map<String, Set<String>> overwritables = new HashMap<>();
        // Between equal matches CoreNLP prefers the cased list's entry ("Columbia" the province).
        read(CASELESS, true, seen, overwritables, 1_000_000);
        read(CASED, false, seen, overwritables, 0);
    }

    private void read(String resource, boolean ignoreCase, Map<String, Double> seen,
                      Map<String, Set<String>> overwritables, int order) {
        try (BufferedReader in = IOUtils.readerFromString(resource)) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split("\t");
                if (f.length < 2) {
                    continue;
                }
                String[] words = words(f[0].trim());
                if (ignoreCase) {
                    for (int i = 0; i < words.length; i++) {
                        words[i] = words[i].toLowerCase(Locale.ROOT);
                    }
                }
                double priority = f.length > 3 ? Double.parseDouble(f[3].trim()) : 0.0;
                String key = String.join("\u0001", words);
                Double old = seen.get(key);
                // A repeated pattern is kept only with a higher priority; both then compete.
                if (old != null && priority <= old) {
                    continue;
                }
                seen.put(key, priority);
                String type = f[1].trim().split(",")[0].trim();
                Set<String> overwritable = f.length > 2 && !f[2].isBlank()
                        ? overwritables.computeIfAbsent(f[2].trim(), k -> Set.of(COMMA.split(k))) : Set.of();
                boolean literal = Arrays.stream(words).allMatch(FineNerLists::isLiteral);
                Pattern[] patterns = null;
                if (!literal) {
                    int flags = ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
                    patterns = new Pattern[words.length];
                    for (int i = 0; i < words.length; i++) {
                        patterns[i] = isLiteral(words[i])
                                ? Pattern.compile(words[i], flags | Pattern.LITERAL) : Pattern.compile(words[i], flags);
                    }
                }
                Entry e = new Entry(order++, type, overwritable, priority, patterns);
                myLabels.add(type);
                if (literal) {
                    Node n = ignoreCase ? caseless : cased;
                    for (String w : words) {
                        n = n.child(w);
                    }
                    n.add(e);
                } else {
                    indexRegex(e, words[0], ignoreCase);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CoreNLP's fine-grained NER list " + resource, e);
        }
    }

    /** The words of a pattern, split at runs of regex {@code \s} (cheaper than a regex split, which led the load profile). */
    private static String[] words(String pattern) {
        List<String> out = new ArrayList<>(4);
        int start = -1;
        for (int i = 0; i <= pattern.length(); i++) {
            boolean space = i == pattern.length() || " \t\n\u000B\f\r".indexOf(pattern.charAt(i)) >= 0;
            if (space && start >= 0) {
                out.add(pattern.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return out.toArray(new String[0]);
    }

    private static boolean isLiteral(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (REGEX_CHARS.indexOf(word.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Files a regex entry under the first character its first token must start with, if fixed. */
    private void indexRegex(Entry e, String first, boolean ignoreCase) {
        char c = first.isEmpty() ? '[' : first.charAt(0);
        boolean fixed = "[]?.\\^$()*+{}|".indexOf(c) < 0 && first.indexOf('|') < 0
                && !(first.length() > 1 && "?*{".indexOf(first.charAt(1)) >= 0);
        if (!fixed) {
            regexAny.add(e);
            return;
        }
        if (ignoreCase) {
            regexByFirst.computeIfAbsent(Character.toLowerCase(c), k -> new ArrayList<>()).add(e);
            regexByFirst.computeIfAbsent(Character.toUpperCase(c), k -> new ArrayList<>()).add(e);
        } else {
            regexByFirst.computeIfAbsent(c, k -> new ArrayList<>()).add(e);
        }
    }

    /**
     * Sets the fine-grained types of one sentence's tokens, as CoreNLP's step would: on words
     * split at hyphens joined again ("US-led"), as CoreNLP's NER sees them.
     */
    void annotate(List<CoreLabel> sentence) {
        List<CoreLabel> units = new ArrayList<>(sentence.size());
        List<Integer> firsts = new ArrayList<>(sentence.size());
        for (int i = 0; i < sentence.size(); i++) {
            CoreLabel t = sentence.get(i);
            CoreLabel last = units.isEmpty() ? null : units.get(units.size() - 1);
            boolean glued = last != null && "".equals(sentence.get(i - 1).after());
            boolean join = glued && (t.word().equals("-") && i + 1 < sentence.size()
                    && !HYPHEN_EXCEPTIONS.contains(sentence.get(i + 1).word())
                    || last.word().endsWith("-") && !HYPHEN_EXCEPTIONS.contains(t.word()));
            if (join) {
                last.setWord(last.word() + t.word());
                continue;
            }
            CoreLabel u = new CoreLabel();
            u.setWord(t.word());
            u.setTag(t.tag());
            u.setNER(t.ner());
            units.add(u);
            firsts.add(i);
        }
        match(units);
        for (int u = 0; u < units.size(); u++) {
            int end = u + 1 < units.size() ? firsts.get(u + 1) : sentence.size();
            for (int i = firsts.get(u); i < end; i++) {
                sentence.get(i).setNER(units.get(u).ner());
            }
        }
    }

    private void match(List<CoreLabel> tokens) {
        List<Match> all = new ArrayList<>();
        String[] lower = new String[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            lower[i] = tokens.get(i).word().toLowerCase(Locale.ROOT);
        }
        for (int i = 0; i < tokens.size(); i++) {
            walk(caseless, lower, i, all, true, tokens);
            walk(cased, lower, i, all, false, tokens);
            regexMatches(regexStarts(tokens.get(i).word()), tokens, i, all);
        }
        if (all.isEmpty()) {
            return;
        }
        all.sort(Comparator.comparingDouble((Match m) -> -m.entry().priority())
                .thenComparingInt(m -> -(m.end() - m.start()))
                .thenComparingInt(m -> m.entry().order())
                .thenComparingInt(Match::start));
        boolean[] taken = new boolean[tokens.size()];
        List<Match> chosen = new ArrayList<>();
        for (Match m : all) {
            boolean free = true;
            for (int i = m.start(); i < m.end() && free; i++) {
                free = !taken[i];
            }
            if (free) {
                chosen.add(m);
                Arrays.fill(taken, m.start(), m.end(), true);
            }
        }
        chosen.sort(Comparator.comparingInt(Match::start));
        for (Match m : chosen) {
            if (hasValidPos(tokens, m) && mayOverwrite(m, tokens)) {
                for (int i = m.start(); i < m.end(); i++) {
                    tokens.get(i).setNER(m.entry().type());
                }
            }
        }
    }

    private static void walk(Node root, String[] lower, int start, List<Match> out, boolean ignoreCase,
                             List<CoreLabel> tokens) {
        Node n = root;
        for (int i = start; i < lower.length; i++) {
            n = n.next.get(ignoreCase ? lower[i] : tokens.get(i).word());
            if (n == null) {
                return;
            }
            for (Entry e : n.entries) {
                out.add(new Match(e, start, i + 1));
            }
        }
    }

    /** Matches of the entries (whose first pattern matches the token at {@code start}) there. */
    private static void regexMatches(Entry[] entries, List<CoreLabel> tokens, int start, List<Match> out) {
        for (Entry e : entries) {
            Pattern[] p = e.tokens();
            if (start + p.length > tokens.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < p.length && ok; k++) {
                ok = p[k].matcher(tokens.get(start + k).word()).matches();
            }
            if (ok) {
                out.add(new Match(e, start, start + p.length));
            }
        }
    }

    /**
     * The regular-expression entries that can start at a word: those listed under its first
     * character, then those that can start with any, each if its first pattern matches the word.
     */
    /** Forgets which patterns the words met so far start. */
    void forgetWords() {
        regexStarts.clear();
    }

    private Entry[] regexStarts(String word) {
        Entry[] known = regexStarts.get(word);
        if (known != null) {
            return known;
        }
        List<Entry> found = new ArrayList<>();
        List<Entry> byFirst = word.isEmpty() ? List.of() : regexByFirst.getOrDefault(word.charAt(0), List.of());
        for (List<Entry> entries : List.of(byFirst, regexAny)) {
            for (Entry e : entries) {
                if (e.tokens()[0].matcher(word).matches()) {
                    found.add(e);
                }
            }
        }
        Entry[] starts = found.toArray(Entry[]::new);
        if (regexStarts.size() < WORD_LIMIT) {
            regexStarts.put(word, starts);
        }
        return starts;
    }

    private static boolean hasValidPos(List<CoreLabel> tokens, Match m) {
        for (int i = m.start(); i < m.end(); i++) {
            String pos = tokens.get(i).tag();
            if (pos != null && VALID_POS.matcher(pos).matches()) {
                return true;
            }
        }
        return false;
    }

    /** CoreNLP's rule for when a match may replace the tags its tokens already carry. */
    private boolean mayOverwrite(Match m, List<CoreLabel> tokens) {
        int start = m.start();
        int end = m.end();
        boolean allLocations = true;
        for (int i = start; i < end && allLocations; i++) {
            allLocations = "LOCATION".equals(tokens.get(i).ner()) || "GPE".equals(tokens.get(i).ner());
        }
        if (allLocations) {
            return true;
        }
        String startNer = tokens.get(start).ner();
        String endNer = tokens.get(end - 1).ner();
        // A match that cuts across an entity found before is left alone.
        if (startNer != null && !myLabels.contains(startNer) && start > 0 && startNer.equals(tokens.get(start - 1).ner())) {
            return false;
        }
        if (endNer != null && !myLabels.contains(endNer) && end < tokens.size() && endNer.equals(tokens.get(end).ner())) {
            return false;
        }
        if (startNer == null) {
            return true;
        }
        for (int i = start + 1; i < end; i++) {
            if (!startNer.equals(tokens.get(i).ner())) {
                return true;
            }
        }
        if (m.entry().overwritable().contains(startNer)) {
            return true;
        }
        return !NO_DEFAULT_OVERWRITE.contains(m.entry().type()) && myLabels.contains(startNer);
    }
}
