package org.sitrep.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.ActorKind;

/**
 * The actor dictionary ({@code actors.tsv}) plus one state entry per country that the
 * dictionary does not list, so every state can be recognised, and the capital cities that can
 * stand for a government ({@code metonyms.tsv}). Every row is checked at load: the files ship
 * with the engine, so a bad row is a build defect and loading fails with all of them listed.
 * Immutable after loading; thread-safe.
 */
public final class ActorDictionary {

    static final String ACTORS = "actors.tsv";
    static final String METONYMS = "metonyms.tsv";
    private static final List<String> ACTOR_COLUMNS = List.of("name", "kind", "country", "aliases", "wikidata");
    private static final List<String> METONYM_COLUMNS = List.of("capital", "country");
    private static final Pattern WIKIDATA = Pattern.compile("Q[1-9][0-9]*");

    private final List<DictionaryActor> entries = new ArrayList<>();
    private final Map<String, DictionaryActor> stateByCountry = new HashMap<>();
    private final Map<String, String> metonyms = new HashMap<>();
    private final PhraseIndex<DictionaryActor> names = new PhraseIndex<>();
    private int longest = 1;

    private ActorDictionary() {
    }

    public static ActorDictionary embedded(Countries countries) {
        return load(ACTORS, lines(ACTORS), METONYMS, lines(METONYMS), countries);
    }

    /** Builds a dictionary from the lines of the two files; throws listing every bad row as {@code file:line: problem}. */
    static ActorDictionary load(String actorsFile, List<String> actorLines, String metonymsFile,
                                List<String> metonymLines, Countries countries) {
        ActorDictionary d = new ActorDictionary();
        List<String> problems = new ArrayList<>();
        Map<String, List<Form>> owners = new HashMap<>();
        for (Row row : rows(actorsFile, actorLines, ACTOR_COLUMNS, problems)) {
            DictionaryActor a = d.parseActor(row, countries, problems);
            if (a != null) {
                d.addChecked(a, row.where(), owners, problems);
            }
        }
        for (Country c : countries.all()) {
            if (!d.stateByCountry.containsKey(c.iso2())) {
                d.addChecked(new DictionaryActor(c.name(), ActorKind.STATE, c.iso2(), c.aliases(), null),
                        "countries.tsv (" + c.iso2() + ")", owners, problems);
            }
        }
        for (Row row : rows(metonymsFile, metonymLines, METONYM_COLUMNS, problems)) {
            String capital = row.cells()[0].trim();
            String iso2 = row.cells()[1].trim();
            if (capital.isEmpty()) {
                problems.add(row.where() + ": empty capital");
            } else if (countries.byCode(iso2) == null || !iso2.equals(iso2.toUpperCase(Locale.ROOT))) {
                problems.add(row.where() + ": unknown country code '" + iso2 + "'");
            } else if (d.metonyms.putIfAbsent(key(capital), iso2) != null) {
                problems.add(row.where() + ": capital '" + capital + "' listed twice");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("bad actor dictionary data (" + problems.size() + " problems):\n  "
                    + String.join("\n  ", problems));
        }
        return d;
    }

    private DictionaryActor parseActor(Row row, Countries countries, List<String> problems) {
        String[] c = row.cells();
        int before = problems.size();
        String name = c[0].trim();
        if (name.isEmpty()) {
            problems.add(row.where() + ": empty name");
        }
        ActorKind kind = kind(c[1]);
        if (kind == null) {
            problems.add(row.where() + ": unknown kind '" + c[1] + "' (expected one of "
                    + Arrays.stream(ActorKind.values()).map(ActorKind::json).toList() + ")");
        }
        String iso2 = DataFile.blankToNull(c[2]);
        Country country = iso2 == null ? null : countries.byCode(iso2);
        if (iso2 != null && (country == null || !iso2.equals(iso2.toUpperCase(Locale.ROOT)))) {
            problems.add(row.where() + ": unknown country code '" + iso2 + "'");
        }
        if (kind == ActorKind.STATE && iso2 == null) {
            problems.add(row.where() + ": a state needs a country code");
        } else if (kind == ActorKind.STATE && country != null && stateByCountry.containsKey(country.iso2())) {
            problems.add(row.where() + ": second state row for " + country.iso2());
        }
        List<String> aliases = aliases(row, c[3], name, problems);
        String wikidata = DataFile.blankToNull(c[4]);
        if (wikidata != null && !WIKIDATA.matcher(wikidata).matches()) {
            problems.add(row.where() + ": malformed Wikidata id '" + wikidata + "'");
        }
        if (problems.size() > before) {
            return null;
        }
        if (kind == ActorKind.STATE) {
            aliases = withCountryNames(name, aliases, country);
        }
        return new DictionaryActor(name, kind, iso2, aliases, wikidata);
    }

    private static ActorKind kind(String cell) {
        String k = cell.trim();
        for (ActorKind kind : ActorKind.values()) {
            if (kind.json().equals(k)) {
                return kind;
            }
        }
        return null;
    }

    private static List<String> aliases(Row row, String cell, String name, List<String> problems) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>(List.of(name));
        for (String raw : cell.split("\\|", -1)) {
            String alias = raw.trim();
            if (alias.isEmpty()) {
                if (!cell.isBlank()) {
                    problems.add(row.where() + ": empty alias in '" + cell + "'");
                }
            } else if (!seen.add(alias)) {
                problems.add(row.where() + ": alias '" + alias + "' repeated");
            } else {
                out.add(alias);
            }
        }
        return out;
    }

    /** A state row keeps every name countries.tsv knows for its country. */
    private static List<String> withCountryNames(String name, List<String> aliases, Country country) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(key(name));
        List<String> out = new ArrayList<>();
        List<String> all = new ArrayList<>(aliases);
        all.add(country.name());
        all.addAll(country.aliases());
        for (String a : all) {
            if (keys.add(key(a))) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * Adds an entry unless one of its forms already names another entry in a way the index
     * cannot tell apart: exact-case forms ("JEM", "JeM") may share a key, nothing else may.
     */
    private void addChecked(DictionaryActor a, String where, Map<String, List<Form>> owners, List<String> problems) {
        List<String> forms = new ArrayList<>();
        forms.add(a.name());
        forms.addAll(a.aliases());
        boolean clash = false;
        for (String f : forms) {
            Form form = new Form(exact(f), caseSensitive(f), where);
            for (Form other : owners.getOrDefault(key(f), List.of())) {
                boolean distinct = form.caseSensitive() && other.caseSensitive() && !form.exact().equals(other.exact());
                if (!other.where().equals(where) && !distinct) {
                    problems.add(where + ": '" + f + "' already names another entry (" + other.where() + ")");
                    clash = true;
                }
            }
        }
        if (clash) {
            return;
        }
        forms.forEach(f -> owners.computeIfAbsent(key(f), k -> new ArrayList<>()).add(new Form(exact(f), caseSensitive(f), where)));
        entries.add(a);
        forms.forEach(f -> names.add(f, a));
        forms.forEach(f -> longest = Math.max(longest, PhraseIndex.words(f).length));
        if (a.kind() == ActorKind.STATE) {
            stateByCountry.put(a.country(), a);
        }
    }

    private record Form(String exact, boolean caseSensitive, String where) {}

    private static String exact(String name) {
        return String.join(" ", PhraseIndex.words(name)).replace(" - ", "-");
    }

    /** {@link PhraseIndex}'s rule: short or all-capital names match only in their exact case. */
    private static boolean caseSensitive(String name) {
        String e = exact(name);
        return e.length() <= 4 || e.equals(e.toUpperCase(Locale.ROOT));
    }

    /** The key under which {@link PhraseIndex} files a name: its words, lower-cased. */
    static String key(String name) {
        return exact(name).toLowerCase(Locale.ROOT);
    }

    /** Every entry, in file order, generated states last. */
    public List<DictionaryActor> entries() {
        return List.copyOf(entries);
    }

    /** Every name and alias of the dictionary. */
    public List<String> allNames() {
        List<String> all = new ArrayList<>();
        for (DictionaryActor a : entries) {
            all.add(a.name());
            all.addAll(a.aliases());
        }
        return all;
    }

    /**
     * Known actor names in a token sequence, scanning left to right and taking the longest name
     * at each token, as {@link PhraseIndex#find} does, but passing over lower-case uses of
     * capitalised names so that a shorter name at the same place can still match.
     */
    public List<PhraseIndex.Match<DictionaryActor>> find(List<String> tokens) {
        List<PhraseIndex.Match<DictionaryActor>> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            PhraseIndex.Match<DictionaryActor> m = longestAt(tokens, i);
            if (m == null) {
                i++;
            } else {
                out.add(m);
                i = m.last();
            }
        }
        return out;
    }

    private PhraseIndex.Match<DictionaryActor> longestAt(List<String> tokens, int start) {
        if (!names.mayBegin(tokens.get(start))) {
            return null;
        }
        for (int n = Math.min(longest, tokens.size() - start); n >= 1; n--) {
            String surface = String.join(" ", tokens.subList(start, start + n)).replace(" - ", "-");
            DictionaryActor a = lookup(surface);
            if (a != null) {
                return new PhraseIndex.Match<>(a, start, start + n, surface);
            }
        }
        return null;
    }

    /** The entry a whole phrase names, or null. */
    public DictionaryActor lookup(String phrase) {
        DictionaryActor a = names.lookup(phrase);
        return a != null && capitalisedAsListed(phrase, a) ? a : null;
    }

    /**
     * Whether every word the dictionary writes with a capital is capitalised in the text too, so
     * that "the Conservative Party" matches and "a conservative party" does not.
     */
    private static boolean capitalisedAsListed(String surface, DictionaryActor a) {
        String[] seen = PhraseIndex.words(surface);
        String k = key(surface);
        List<String> forms = new ArrayList<>(a.aliases());
        forms.add(a.name());
        for (String form : forms) {
            String[] listed = PhraseIndex.words(form);
            if (listed.length == seen.length && key(form).equals(k) && sameCapitals(listed, seen)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameCapitals(String[] listed, String[] seen) {
        for (int i = 0; i < listed.length; i++) {
            if (Character.isUpperCase(listed[i].charAt(0)) && !Character.isUpperCase(seen[i].charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** The state entry of a country code, or null. */
    public DictionaryActor state(String iso2) {
        return stateByCountry.get(iso2);
    }

    /**
     * The country whose government a capital's name can stand for ("Moscow" gives RU), or null.
     * The name is also a place: the caller decides from the sentence whether it acts.
     */
    public String capitalMetonym(String name) {
        return metonyms.get(key(name));
    }

    public int size() {
        return entries.size();
    }

    private record Row(String where, String[] cells) {}

    /** Data rows after the column line, each with its {@code file:line}; rows of the wrong width become problems. */
    private static List<Row> rows(String file, List<String> lines, List<String> columns, List<String> problems) {
        List<Row> rows = new ArrayList<>();
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = file + ":" + (i + 1);
            String[] cells = line.split("\t", -1);
            if (!header) {
                header = true;
                if (!Arrays.asList(cells).equals(columns)) {
                    problems.add(where + ": column line should be '" + String.join("<tab>", columns) + "'");
                }
            } else if (cells.length != columns.size()) {
                problems.add(where + ": " + cells.length + " tab-separated columns, expected " + columns.size());
            } else {
                rows.add(new Row(where, cells));
            }
        }
        if (lines.isEmpty() || !lines.get(0).startsWith("# ")) {
            problems.add(file + ":1: first line should be a '# ' header saying what the file holds");
        }
        return rows;
    }

    private static List<String> lines(String resource) {
        InputStream in = ActorDictionary.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("data file missing from the build: " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + resource, e);
        }
    }
}
