package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.AcledType;
import org.sitrep.model.ActorKind;
import org.sitrep.model.EventType;
import org.sitrep.resolve.DataFile;

/**
 * The ACLED refinement rules of {@code acled-rules.tsv}, tried in file order: the first rule
 * that matches an event decides its ACLED type (weapon words, protest context, who acts on
 * whom); none matching keeps the trigger's. Immutable and thread-safe.
 */
public final class AcledRules {

    /** What a rule decided: the ACLED type and the confidence its evidence adds. */
    public record Decision(AcledType type, double boost) {}

    private final List<AcledRule> rules;

    public AcledRules(List<AcledRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static AcledRules embedded() {
        List<AcledRule> rules = new ArrayList<>();
        for (String[] row : DataFile.rows(AcledRules.class, "/org/sitrep/extract/acled-rules.tsv")) {
            rules.add(parse(row));
        }
        return new AcledRules(rules);
    }

    /**
     * One rule from its cells: types, cues, base sub-event types, actor kinds, target kinds, event
     * type, sub-event type, boost. Cue groups are separated by {@code " & "}, alternatives by
     * {@code |}; a group starting with {@code !} must not match; {@code *} ends a word prefix.
     */
    static AcledRule parse(String[] row) {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (String t : DataFile.list(row[0].replace(',', '|'))) {
            if (!t.equals("*")) {
                types.add(EventType.valueOf(t));
            }
        }
        List<Pattern> cues = new ArrayList<>();
        List<Pattern> vetoes = new ArrayList<>();
        for (String group : row[1].split(" & ")) {
            if (group.isBlank()) {
                continue;
            }
            boolean veto = group.trim().startsWith("!");
            Pattern p = cuePattern(veto ? group.trim().substring(1) : group);
            (veto ? vetoes : cues).add(p);
        }
        Set<String> bases = new HashSet<>(DataFile.list(row[2]));
        Set<ActorKind> actorKinds = EnumSet.noneOf(ActorKind.class);
        boolean actorUnknown = kinds(row[3], actorKinds);
        Set<ActorKind> targetKinds = EnumSet.noneOf(ActorKind.class);
        boolean targetUnknown = kinds(row[4], targetKinds);
        double boost = row[7].isBlank() ? 0 : Double.parseDouble(row[7]);
        return new AcledRule(types, cues, vetoes, bases, actorKinds, actorUnknown, targetKinds, targetUnknown,
                new AcledType(row[5].trim(), row[6].trim()), boost);
    }

    /** Fills {@code into} with the kinds of a cell ({@code military|police|-}); true when {@code -} (unknown) is allowed. */
    private static boolean kinds(String cell, Set<ActorKind> into) {
        boolean unknown = false;
        for (String k : DataFile.list(cell)) {
            if (k.equals("-")) {
                unknown = true;
            } else {
                into.add(ActorKind.parse(k));
            }
        }
        return unknown;
    }

    static Pattern cuePattern(String alternatives) {
        List<String> parts = new ArrayList<>();
        for (String alt : DataFile.list(alternatives)) {
            String a = alt.toLowerCase(Locale.ROOT);
            boolean prefix = a.endsWith("*");
            String body = Pattern.quote(prefix ? a.substring(0, a.length() - 1) : a).replace(" ", "\\E\\s+\\Q");
            parts.add(body + (prefix ? "[\\w-]*" : ""));
        }
        return Pattern.compile("(?<![\\w-])(?:" + String.join("|", parts) + ")(?![\\w-])");
    }

    /** The first matching rule's decision for an event, or null when no rule applies. */
    public Decision decide(EventType type, AcledType base, ActorKind actor, ActorKind target, String sentence) {
        String text = sentence.toLowerCase(Locale.ROOT);
        for (AcledRule r : rules) {
            if (r.matches(type, base, actor, target, text)) {
                return new Decision(r.result(), r.boost());
            }
        }
        return null;
    }
}
