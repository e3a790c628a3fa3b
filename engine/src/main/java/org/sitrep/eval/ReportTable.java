package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.sitrep.model.Problem;

/** The evaluation report as one readable table, for a terminal. Thread-safe. */
public final class ReportTable {

    private static final String ROW = "%-14s %5s %6s %6s %6s %6s %6s %6s  %s%n";

    private ReportTable() {
    }

    public static String render(EvalReport r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "sitrep eval %s: %d gold, %d scored, %d skipped, %d failed%n",
                r.source(), r.gold(), r.scored(), r.skipped(), r.failed()));
        b.append(String.format(Locale.ROOT, ROW, "part", "docs", "P", "R", "F1", "TP", "FP", "FN", "other"));
        if (r.body() != null) {
            BodyScore s = r.body();
            long none = s.pages().stream().filter(p -> !p.predicted()).count();
            row(b, "body", r.documents(Part.BODY), s.precision(), s.recall(), s.f1(), null,
                    "4-shingles, means over pages; " + none + " page(s) with nothing predicted");
        } else {
            int n = r.documents(Part.ARTICLE);
            if (n == 0) {
                na(b, "article");
            } else {
                List<String> fields = new ArrayList<>();
                for (Map.Entry<String, Tally> e : r.article().fields().entrySet()) {
                    fields.add(e.getKey() + " " + tally(e.getValue()));
                }
                b.append(String.format(Locale.ROOT, ROW, "article", n, "", "", "", "", "", "",
                        "exact match " + tally(r.article().all()) + ": " + String.join(", ", fields)));
            }
            score(b, r, Part.ACTORS, "actors", r.actors(), "");
            PlaceScore p = r.places();
            score(b, r, Part.PLACES, "places", p.match(), "coords by kind " + tally(p.coordinates())
                    + ", within 161 km " + tally(p.within161()) + ", median error " + km(p.medianErrorKm()));
            EventScore e = r.events();
            score(b, r, Part.EVENTS, "events loose", e.loose(), "on matched: place " + tally(e.place())
                    + ", date " + tally(e.date()) + ", polarity " + tally(e.polarity()));
            score(b, r, Part.EVENTS, "events strict", e.strict(), "");
            QuoteScore q = r.quotes();
            score(b, r, Part.QUOTES, "quotes", q.match(), "speaker " + tally(q.speaker()));
            int a = r.documents(Part.ACLED);
            if (a == 0) {
                na(b, "acled");
            } else {
                AcledScore s = r.acled();
                b.append(String.format(Locale.ROOT, ROW, "acled", a, "", "", num(s.weightedF1()), "", "", "",
                        "F1 weighted by gold counts; macro F1 " + num(s.macroF1()) + ", accuracy " + tally(s.accuracy())));
            }
            b.append("(micro: counts summed over documents; n/a = not annotated, or nothing to find and nothing found)\n");
        }
        if (!r.problems().isEmpty()) {
            b.append(String.format(Locale.ROOT, "%nproblems (%d):%n", r.problems().size()));
            for (Problem p : r.problems()) {
                b.append("  ").append(p).append('\n');
            }
        }
        return b.toString();
    }

    private static void score(StringBuilder b, EvalReport r, Part part, String label, Score s, String other) {
        int n = r.documents(part);
        if (n == 0) {
            na(b, label);
        } else {
            row(b, label, n, s.precision(), s.recall(), s.f1(), s, other);
        }
    }

    private static void row(StringBuilder b, String label, int docs, OptionalDouble p, OptionalDouble r,
                            OptionalDouble f1, Score s, String other) {
        b.append(String.format(Locale.ROOT, ROW, label, docs, num(p), num(r), num(f1),
                s == null ? "" : s.tp(), s == null ? "" : s.fp(), s == null ? "" : s.fn(), other));
    }

    private static void na(StringBuilder b, String label) {
        b.append(String.format(Locale.ROOT, ROW, label, 0, "n/a", "n/a", "n/a", "", "", "", "not annotated"));
    }

    private static String num(OptionalDouble v) {
        return v.isPresent() ? String.format(Locale.ROOT, "%.3f", v.getAsDouble()) : "n/a";
    }

    private static String km(OptionalDouble v) {
        return v.isPresent() ? String.format(Locale.ROOT, "%.1f km", v.getAsDouble()) : "n/a";
    }

    private static String tally(Tally t) {
        return num(t.accuracy()) + " (" + t.right() + "/" + t.total() + ")";
    }
}
