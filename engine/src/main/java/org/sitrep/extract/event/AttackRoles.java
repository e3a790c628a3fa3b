package org.sitrep.extract.event;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.sitrep.extract.Syntax;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.resolve.DataFile;

/**
 * Who did or suffered an attack told as a noun, read off the word that governs the noun
 * ({@code attack-roles.tsv}): "the police attributed the attack to X" (X did it), "X was the
 * target of the attack" (X suffered it). Immutable and thread-safe.
 */
final class AttackRoles {

    /** Which participant a question asks for. */
    enum Role { PERPETRATOR, VICTIM }

    private record Frame(String role, String slot) {}

    private static final int MAX_CLIMB = 3;

    private final Map<String, Frame> byWord;

    AttackRoles(Map<String, String[]> rows) {
        Map<String, Frame> m = new HashMap<>();
        rows.forEach((k, v) -> m.put(k, new Frame(v[0], v[1])));
        this.byWord = Map.copyOf(m);
    }

    static AttackRoles embedded() {
        Map<String, String[]> rows = new HashMap<>();
        for (String[] row : DataFile.rows(AttackRoles.class, "/org/sitrep/extract/attack-roles.tsv")) {
            rows.put(key(row[0], row[1]), new String[] {row[2], row[3]});
        }
        return new AttackRoles(rows);
    }

    /**
     * The head of the phrase that names the noun's participant in the role, as the governing
     * word's frame places it, or -1. The noun must not be that word's active subject ("the
     * attack involved gunmen" names no perpetrator this way); a passive subject is fine ("the
     * attack was claimed by X").
     */
    int participant(Sentence s, int noun, Role role) {
        int at = noun;
        for (int climb = 0; climb < MAX_CLIMB; climb++) {
            Dependency up = s.parentOf(at);
            if (up == null || up.head() < 0 || up.rel().equals("nsubj") || up.rel().equals("conj")) {
                return -1;
            }
            Token gov = s.tokens().get(up.head());
            Frame f = byWord.get(key(gov.lemma().toLowerCase(Locale.ROOT), pos(gov)));
            if (f == null) {
                return -1;
            }
            if (f.role().equals("through")) {
                at = gov.index();
                continue;
            }
            if (!f.role().equals(role.name().toLowerCase(Locale.ROOT))) {
                return -1;
            }
            return slot(s, gov.index(), f.slot());
        }
        return -1;
    }

    /** Whether the word tells that someone did an attack it governs: "carried out attacks", "claimed the bombing". */
    boolean tellsPerpetrator(Token word) {
        Frame f = byWord.get(key(word.lemma().toLowerCase(Locale.ROOT), pos(word)));
        return f != null && f.role().equals("perpetrator");
    }

    private static int slot(Sentence s, int w, String slot) {
        boolean passive = hasChild(s, w, "aux:pass") || Syntax.child(s, w, "nsubj:pass") >= 0;
        int found = switch (slot) {
            case "doer" -> passive ? Syntax.child(s, w, "obl:agent") : Syntax.child(s, w, "nsubj");
            case "undergoer" -> passive ? Syntax.child(s, w, "nsubj:pass", "nsubj") : Syntax.child(s, w, "obj");
            case "subject" -> Syntax.child(s, w, "nsubj");
            case "to" -> oblWith(s, w, "to");
            default -> -1;
        };
        if (found < 0 && (slot.equals("undergoer") && passive || slot.equals("subject"))) {
            found = describedNoun(s, w); // "three men linked to the kidnapping"
        }
        if (found >= 0 && isRelativePronoun(s.tokens().get(found))) {
            found = describedNoun(s, w); // "men who are linked to the kidnapping"
        }
        return found;
    }

    /** The noun a participle or relative clause describes, or -1. */
    private static int describedNoun(Sentence s, int w) {
        Dependency up = s.parentOf(w);
        return up != null && up.head() >= 0 && up.rel().startsWith("acl") ? up.head() : -1;
    }

    private static int oblWith(Sentence s, int w, String preposition) {
        for (Dependency d : s.childrenOf(w)) {
            if (d.rel().startsWith("obl") && preposition.equals(Syntax.preposition(s, d.dep()))) {
                return d.dep();
            }
        }
        return -1;
    }

    private static boolean hasChild(Sentence s, int head, String rel) {
        for (Dependency d : s.childrenOf(head)) {
            if (d.rel().equals(rel)) {
                return true;
            }
        }
        return false;
    }

    private static String pos(Token t) {
        return t.isVerb() ? "V" : t.isNoun() ? "N" : t.pos().startsWith("JJ") ? "A" : "?";
    }

    private static String key(String lemma, String pos) {
        return pos + ":" + lemma;
    }

    /** "who", "that", "which": they stand for the noun their clause describes. */
    private static boolean isRelativePronoun(Token t) {
        return t.pos().equals("WP") || t.pos().equals("WDT");
    }
}
