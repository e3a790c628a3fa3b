package org.sitrep.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.ActorKind;

/**
 * Everything the engine knows before reading: countries, the actor dictionary, group nouns,
 * titles and organisation head words. Loaded once (a few hundred milliseconds); immutable and
 * thread-safe, so one instance serves every thread.
 */
public final class Knowledge {


    private final Countries countries;
    private final ActorDictionary actors;
    private final PhraseIndex<GroupNoun> groups = new PhraseIndex<>();
    private final PhraseIndex<String> titles = new PhraseIndex<>();
    private final Map<String, ActorKind> orgKinds = new HashMap<>();
    private final Set<String> titleWords = new HashSet<>();
    private final Set<String> actNouns = new HashSet<>();
    private final Set<String> titleParts = new HashSet<>();
    private final Set<String> shieldedAcronyms = new HashSet<>();
    private final Set<String> peoples = new HashSet<>();
    private final Set<String> peopleWords = new HashSet<>();

    private Knowledge() {
        countries = Countries.embedded();
        actors = ActorDictionary.embedded(countries);
        for (String[] row : DataFile.rows(Knowledge.class, "groups.tsv")) {
            ActorKind refers = row[3].isBlank() ? null : ActorKind.parse(row[3]);
            groups.add(row[0], new GroupNoun(row[0], row[1], ActorKind.parse(row[2]), refers));
        }
        for (String[] row : DataFile.rows(Knowledge.class, "titles.txt")) {
            titles.add(row[0], row[0]);
            titleWords.add(row[0].toLowerCase(Locale.ROOT));
            titleParts.addAll(List.of(row[0].toLowerCase(Locale.ROOT).split(" ")));
        }
        for (String[] row : DataFile.rows(Knowledge.class, "peoples.tsv")) {
            peoples.add(row[0].toLowerCase(Locale.ROOT));
            DataFile.list(row[1]).forEach(form -> peopleWords.add(form.toLowerCase(Locale.ROOT)));
        }
        for (Country c : countries.all()) {
            for (String demonym : c.demonyms()) {
                if (!demonym.contains(" ")) {
                    peopleWords.add(demonym.toLowerCase(Locale.ROOT));
                    peoples.add(plural(demonym.toLowerCase(Locale.ROOT)));
                }
            }
        }
        peopleWords.addAll(peoples);
        DataFile.rows(Knowledge.class, "act-nouns.txt").forEach(row -> actNouns.add(row[0]));
        for (String[] row : DataFile.rows(Knowledge.class, "org-kinds.tsv")) {
            orgKinds.put(row[0], ActorKind.parse(row[1]));
        }
        Set<String> englishWords = new HashSet<>();
        DataFile.rows(Knowledge.class, "english-words.txt").forEach(row -> englishWords.add(row[0]));
        for (String alias : actors.allNames()) {
            if (alias.length() > 1 && alias.equals(alias.toUpperCase(Locale.ROOT))
                    && englishWords.contains(alias.toLowerCase(Locale.ROOT))) {
                shieldedAcronyms.add(alias);
            }
        }
    }

    /** The knowledge shipped in the jar, loaded on first use. */
    public static Knowledge embedded() {
        return Embedded.KNOWLEDGE;
    }

    /** Loaded when first touched; the JVM's class initialisation makes that once and thread-safe. */
    private static final class Embedded {
        static final Knowledge KNOWLEDGE = new Knowledge();
    }

    /** All-capital actor names that are also English words ("IS", "US"), which taggers misread. */
    public Set<String> shieldedAcronyms() {
        return Set.copyOf(shieldedAcronyms);
    }

    public Countries countries() {
        return countries;
    }

    public ActorDictionary actors() {
        return actors;
    }

    public PhraseIndex<GroupNoun> groups() {
        return groups;
    }

    public PhraseIndex<String> titles() {
        return titles;
    }

    public boolean isTitle(String word) {
        return titleWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a word names a people in the plural: "Kurds", "Sunnis", and every country's nationals ("Ruritanians"). */
    public boolean isPeople(String word) {
        return peoples.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a word names a people in any form: "Kurds", "Kurd", "Kurdish". */
    public boolean isPeopleWord(String word) {
        return peopleWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The nationals of a one-word demonym: "Iraqis", "Afghans"; the demonym itself where English keeps it ("Lebanese", "Swiss"). */
    private static String plural(String demonym) {
        return demonym.matches(".*(ese|ss|sh)") ? demonym : demonym + "s";
    }

    /** Whether a noun (its lemma) names a political act whose author a state before it names ("a Ruritanian proposal"). */
    public boolean isActNoun(String lemma) {
        return actNouns.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether the word is a known title or a word of a longer one ("prime" of "prime minister"). */
    public boolean isTitlePart(String word) {
        return titleParts.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The kind an unknown organisation's name suggests from its words, or null. */
    public ActorKind kindOfOrganisation(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split("[\\s-]+");
        for (int i = words.length - 1; i >= 0; i--) {
            ActorKind k = orgKinds.get(words[i]);
            if (k != null) {
                return k;
            }
        }
        return null;
    }
}
