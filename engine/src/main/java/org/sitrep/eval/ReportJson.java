package org.sitrep.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.OptionalDouble;
import org.sitrep.model.Problem;

/**
 * The machine-readable evaluation report: figures and counts per part, the problems met, and on
 * request every document's scores. A figure that does not apply is null; a part no gold annotates
 * is the string "n/a". Thread-safe.
 */
public final class ReportJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String NA = "n/a";

    private ReportJson() {
    }

    public static ObjectNode of(EvalReport r, boolean details) {
        ObjectNode root = F.objectNode();
        root.put("source", r.source());
        ObjectNode docs = root.putObject("documents");
        docs.put("gold", r.gold());
        docs.put("scored", r.scored());
        docs.put("skipped", r.skipped());
        docs.put("failed", r.failed());
        root.put("aggregation", r.body() != null
                ? "means over pages of per-page precision and recall (the benchmark's metric)"
                : "micro: counts summed over documents, then the ratios");
        ObjectNode parts = root.putObject("parts");
        if (r.body() != null) {
            parts.set("body", body(r.body()));
        } else {
            part(parts, r, Part.ARTICLE, article(r.article()));
            part(parts, r, Part.ACTORS, score(r.actors()));
            part(parts, r, Part.PLACES, places(r.places()));
            part(parts, r, Part.EVENTS, events(r.events()));
            part(parts, r, Part.QUOTES, quotes(r.quotes()));
            part(parts, r, Part.ACLED, acled(r.acled()));
        }
        var problems = root.putArray("problems");
        for (Problem p : r.problems()) {
            problems.addObject().put("code", p.code()).put("detail", p.detail());
        }
        if (details) {
            var list = root.putArray("details");
            r.documents().forEach(d -> list.add(document(d)));
            if (r.body() != null) {
                for (BodyScore.Page p : r.body().pages()) {
                    ObjectNode n = list.addObject();
                    n.put("id", p.id());
                    n.put("predicted", p.predicted());
                    n.put("precision", p.precision());
                    n.put("recall", p.recall());
                }
            }
        }
        return root;
    }

    private static void part(ObjectNode parts, EvalReport r, Part part, ObjectNode figures) {
        int n = r.documents(part);
        if (n == 0) {
            parts.put(part.json(), NA);
        } else {
            figures.put("documents", n);
            parts.set(part.json(), figures);
        }
    }

    private static ObjectNode document(DocumentScore d) {
        ObjectNode n = F.objectNode();
        n.put("id", d.id());
        if (d.failure() != null) {
            n.put("failure", d.failure());
        }
        putOrNa(n, Part.ARTICLE, d.article() == null ? null : article(d.article()));
        putOrNa(n, Part.ACTORS, d.actors() == null ? null : score(d.actors()));
        putOrNa(n, Part.PLACES, d.places() == null ? null : places(d.places()));
        putOrNa(n, Part.EVENTS, d.events() == null ? null : events(d.events()));
        putOrNa(n, Part.QUOTES, d.quotes() == null ? null : quotes(d.quotes()));
        if (d.acled() != null) {
            AcledScore.Label l = d.acled().labels().get(0);
            n.putObject("acled").put("gold", l.gold()).put("predicted", l.predicted());
        } else {
            n.put("acled", NA);
        }
        return n;
    }

    private static void putOrNa(ObjectNode n, Part part, ObjectNode figures) {
        if (figures == null) {
            n.put(part.json(), NA);
        } else {
            n.set(part.json(), figures);
        }
    }

    static ObjectNode score(Score s) {
        ObjectNode n = F.objectNode();
        n.put("tp", s.tp());
        n.put("fp", s.fp());
        n.put("fn", s.fn());
        figure(n, "precision", s.precision());
        figure(n, "recall", s.recall());
        figure(n, "f1", s.f1());
        return n;
    }

    static ObjectNode tally(Tally t) {
        ObjectNode n = F.objectNode();
        n.put("right", t.right());
        n.put("total", t.total());
        figure(n, "accuracy", t.accuracy());
        return n;
    }

    private static ObjectNode article(ArticleScore a) {
        ObjectNode n = F.objectNode();
        n.set("all", tally(a.all()));
        a.fields().forEach((k, v) -> n.set(k, tally(v)));
        return n;
    }

    private static ObjectNode places(PlaceScore p) {
        ObjectNode n = score(p.match());
        n.set("coordinates", tally(p.coordinates()));
        n.set("within161km", tally(p.within161()));
        figure(n, "medianErrorKm", p.medianErrorKm());
        return n;
    }

    private static ObjectNode events(EventScore e) {
        ObjectNode n = F.objectNode();
        n.set("loose", score(e.loose()));
        n.set("strict", score(e.strict()));
        n.set("place", tally(e.place()));
        n.set("date", tally(e.date()));
        n.set("polarity", tally(e.polarity()));
        return n;
    }

    private static ObjectNode quotes(QuoteScore q) {
        ObjectNode n = score(q.match());
        n.set("speaker", tally(q.speaker()));
        return n;
    }

    private static ObjectNode acled(AcledScore a) {
        ObjectNode n = F.objectNode();
        n.set("accuracy", tally(a.accuracy()));
        figure(n, "weightedF1", a.weightedF1());
        figure(n, "macroF1", a.macroF1());
        return n;
    }

    private static ObjectNode body(BodyScore b) {
        ObjectNode n = F.objectNode();
        figure(n, "precision", b.precision());
        figure(n, "recall", b.recall());
        figure(n, "f1", b.f1());
        n.put("pages", b.pages().size());
        n.put("pagesWithNothingPredicted", b.pages().stream().filter(p -> !p.predicted()).count());
        return n;
    }

    private static void figure(ObjectNode n, String name, OptionalDouble v) {
        if (v.isPresent()) {
            n.put(name, Math.round(v.getAsDouble() * 10000) / 10000.0);
        } else {
            n.putNull(name);
        }
    }
}
