package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.extract.Syntax;
import org.sitrep.extract.actor.ActorSet;
import org.sitrep.extract.actor.Mention;
import org.sitrep.model.Dependency;
import org.sitrep.model.Quantity;
import org.sitrep.model.Sentence;

/**
 * Reads how many an event struck (the quantities of its object phrases) and how many it killed; stateless and
 * thread-safe.
 */
final class EventCounts {

    private static final Pattern KILLED = Pattern.compile(
            "(?i)\\b(?:kill(?:ed|ing)|left)\\s+(?:at least\\s+|some\\s+|about\\s+)?([0-9][0-9,]*)"
                    + "|\\b([0-9][0-9,]*)\\s+(?:people\\s+|civilians\\s+|soldiers\\s+|persons\\s+)?(?:were\\s+)?(?:killed|dead|died)");

    private EventCounts() {
    }

    /** Quantities of the trigger's object or target phrase ("up to 2,000 civilians"). */
    static List<Quantity> quantities(Sentence s, int token, ActorSet actors) {
        List<Quantity> out = new ArrayList<>();
        for (Map.Entry<Mention, String> e : actors.byMention().entrySet()) {
            Mention m = e.getKey();
            if (m.sentence() != s.index() || m.group() == null) {
                continue;
            }
            int head = Syntax.head(s, m.first(), m.last());
            if (!governedBy(s, head, token)) {
                continue;
            }
            Quantity q = Quantities.parse(m.surface());
            if (q != null) {
                out.add(q);
            }
        }
        return out;
    }

    private static boolean governedBy(Sentence s, int token, int ancestor) {
        int i = token;
        for (int guard = 0; guard < 4; guard++) {
            Dependency up = s.parentOf(i);
            if (up == null || up.head() < 0) {
                return false;
            }
            if (up.head() == ancestor) {
                return true;
            }
            i = up.head();
        }
        return false;
    }

    static Integer fatalities(Trigger trigger, Sentence s) {
        if (trigger.type() != org.sitrep.model.EventType.ASSAULT) {
            return null;
        }
        Matcher m = KILLED.matcher(s.text());
        if (!m.find()) {
            return null;
        }
        String n = (m.group(1) != null ? m.group(1) : m.group(2)).replace(",", "");
        return n.length() > 7 ? null : Integer.valueOf(n);
    }
}
