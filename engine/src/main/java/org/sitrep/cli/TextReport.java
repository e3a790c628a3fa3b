package org.sitrep.cli;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.Problem;
import org.sitrep.model.Quote;
import org.sitrep.model.SitrepRecord;

/** The human-readable report of one record, for a terminal. */
final class TextReport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private TextReport() {
    }

    static String render(SitrepRecord r) {
        StringBuilder b = new StringBuilder();
        Article a = r.article();
        Map<String, String> names = new HashMap<>();
        r.actors().forEach(x -> names.put(x.id(), x.name()));
        r.places().forEach(x -> names.put(x.id(), x.name()));

        b.append(a.headline() == null ? "(no headline)" : a.headline()).append('\n');
        b.append(join(" | ", a.published() == null ? "date unknown" : a.published().format(WHEN),
                a.agency(), a.dateline() == null ? null : "dateline " + a.dateline(),
                a.language() == null ? "language unknown" : "language " + a.language(), "id " + a.id()))
                .append('\n');
        a.captions().forEach(c -> b.append("  caption: ").append(c).append('\n'));

        section(b, "Actors", r.actors().size());
        for (Actor x : r.actors()) {
            b.append(String.format("  %-4s %s (%s%s)", x.id(), x.name(), x.kind().json(),
                    x.country() == null ? "" : ", " + x.country()));
            if (x.role() != null) {
                b.append(" ").append(x.role());
            }
            if (x.affiliation() != null) {
                b.append(" of ").append(names.getOrDefault(x.affiliation(), x.affiliation()));
            }
            if (!x.aliases().isEmpty()) {
                b.append("  aka ").append(String.join(", ", x.aliases()));
            }
            b.append('\n');
        }

        section(b, "Places", r.places().size());
        for (Place p : r.places()) {
            b.append(String.format("  %-4s %s (%s%s%s)  ", p.id(), p.name(), p.kind().json(),
                    p.country() == null ? "" : ", " + p.country(), p.admin1() == null ? "" : ", " + p.admin1()));
            b.append(p.lat() == null ? "NO COORDINATES (not in gazetteer)"
                    : String.format("%.4f, %.4f [%s] %s", p.lat(), p.lon(),
                            p.precision() == null ? "?" : p.precision().json(),
                            p.gazetteer() != null ? p.gazetteer()
                                    : p.precision() != p.kind() ? "not in gazetteer: point of the enclosing unit" : ""));
            b.append('\n');
        }

        section(b, "Events", r.events().size());
        for (Event e : r.events()) {
            b.append(String.format("  %-4s %s%s  %s -> %s", e.id(), e.type(), e.mode() == null ? "" : "/" + e.mode(),
                    name(names, e.actor()), name(names, e.target())));
            if (e.place() != null) {
                b.append("  at ").append(name(names, e.place()));
            }
            if (e.date() != null) {
                b.append("  on ").append(e.date());
            }
            b.append("  ").append(e.polarity().json());
            if (e.reportedBy() != null) {
                b.append("  (reported by ").append(name(names, e.reportedBy())).append(')');
            }
            e.quantities().forEach(q -> b.append("  [").append(q.qualifier()).append(' ').append(q.value())
                    .append(q.max() == null ? "" : "-" + q.max()).append(' ').append(q.unit()).append(']'));
            b.append(String.format("  conf %.2f%n", e.confidence()));
            b.append("       \"").append(e.evidence().text().replace('\n', ' ')).append("\"\n");
        }

        section(b, "Quotes", r.quotes().size());
        for (Quote q : r.quotes()) {
            b.append("  \u201c").append(q.text().replace('\n', ' ')).append("\u201d  ");
            if (q.speaker() == null && q.speakerName() == null) {
                b.append("(no speaker: scare quote or unattributed)");
            } else {
                // The resolved actor first, then the words the text uses where they differ ("the stocky 40-year-old").
                String actor = q.speaker() != null ? name(names, q.speaker()) : null;
                String said = q.speakerName();
                b.append("-- ").append(actor != null ? actor : said);
                if (actor != null && said != null && !said.equalsIgnoreCase(actor)) {
                    b.append(" (\u201c").append(said).append("\u201d)");
                }
                if (actor == null) {
                    b.append(" [no actor]");
                }
            }
            if (q.quotedBy() != null) {
                b.append(", quoted by ").append(name(names, q.quotedBy()));
            }
            b.append('\n');
        }

        if (!r.problems().isEmpty()) {
            section(b, "Problems", r.problems().size());
            for (Problem p : r.problems()) {
                b.append("  ").append(p).append('\n');
            }
        }
        if (!a.removed().isEmpty()) {
            section(b, "Removed page furniture", a.removed().size());
            a.removed().forEach(x -> b.append("  ").append(x).append('\n'));
        }
        return b.toString();
    }

    private static void section(StringBuilder b, String title, int count) {
        b.append('\n').append(title).append(" (").append(count).append(")\n");
    }

    private static String name(Map<String, String> names, String id) {
        return id == null ? "?" : names.getOrDefault(id, id);
    }

    private static String join(String sep, String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null) {
                if (b.length() > 0) {
                    b.append(sep);
                }
                b.append(p);
            }
        }
        return b.toString();
    }
}
