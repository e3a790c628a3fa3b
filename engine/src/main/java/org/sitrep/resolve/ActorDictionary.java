package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.ActorKind;

/**
 * The actor dictionary ({@code actors.tsv}) plus one state entry per country that the
 * dictionary does not list, so every state can be recognised. Immutable after loading; thread-safe.
 */
public final class ActorDictionary {

    private final List<DictionaryActor> entries = new ArrayList<>();
    private final Map<String, DictionaryActor> stateByCountry = new HashMap<>();
    private final PhraseIndex<DictionaryActor> names = new PhraseIndex<>();

    public static ActorDictionary embedded(Countries countries) {
        ActorDictionary d = new ActorDictionary();
        for (String[] row : DataFile.rows(ActorDictionary.class, "actors.tsv")) {
            d.add(new DictionaryActor(row[0].trim(), ActorKind.parse(row[1]), DataFile.blankToNull(row[2]),
                    DataFile.list(row[3]), DataFile.blankToNull(row[4])));
        }
        for (Country c : countries.all()) {
            if (!d.stateByCountry.containsKey(c.iso2())) {
                List<String> aliases = new ArrayList<>(c.aliases());
                d.add(new DictionaryActor(c.name(), ActorKind.STATE, c.iso2(), aliases, null));
            }
        }
        return d;
    }

    private void add(DictionaryActor a) {
        entries.add(a);
        names.add(a.name(), a);
        a.aliases().forEach(alias -> names.add(alias, a));
        if (a.kind() == ActorKind.STATE && a.country() != null) {
            stateByCountry.putIfAbsent(a.country(), a);
        }
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

    /** Known actor names in a token sequence, longest first. */
    public List<PhraseIndex.Match<DictionaryActor>> find(List<String> tokens) {
        return names.find(tokens);
    }

    /** The entry a whole phrase names, or null. */
    public DictionaryActor lookup(String phrase) {
        return names.lookup(phrase);
    }

    /** The state entry of a country code, or null. */
    public DictionaryActor state(String iso2) {
        return stateByCountry.get(iso2);
    }

    public int size() {
        return entries.size();
    }
}
