package org.sitrep.ingest;

import java.time.LocalDateTime;
import java.util.List;
import org.sitrep.model.Problem;

/**
 * What a text or HTML reader found in one input, before id and language are settled. Immutable.
 *
 * @param paragraphs the body, one paragraph (or one of the source's own lines) per entry
 * @param warnings   problems worth reporting that did not stop the reading
 */
record ArticleDraft(String headline, LocalDateTime published, String agency, String dateline,
                    List<String> captions, List<String> paragraphs, List<String> removed,
                    List<Problem> warnings) {
    ArticleDraft {
        captions = List.copyOf(captions);
        paragraphs = List.copyOf(paragraphs);
        removed = List.copyOf(removed);
        warnings = List.copyOf(warnings);
    }

    String text() {
        return String.join("\n", paragraphs);
    }
}
