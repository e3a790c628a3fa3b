package org.sitrep.spark;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.sitrep.model.Problem;
import org.sitrep.model.RawInput;

/**
 * One input on its way between Spark stages: the fields of a {@link RawInput}, or the problem
 * that stopped a source from yielding it ({@code problemCode} not null). Immutable.
 */
record Piece(String name, byte[] bytes, String id, String url, LocalDateTime published, String mediaType,
             String problemStage, String problemCode, String problemDetail) implements Serializable {

    static Piece of(RawInput in) {
        return new Piece(in.name(), in.bytes(), in.id(), in.url(), in.published(), in.mediaType(), null, null, null);
    }

    static Piece failed(Problem p) {
        return new Piece(null, null, null, null, null, null, p.stage(), p.code(), p.detail());
    }

    boolean isFailed() {
        return problemCode != null;
    }

    RawInput raw() {
        return new RawInput(name, bytes, id, url, published, mediaType);
    }

    Problem problem() {
        return new Problem(problemStage, problemCode, problemDetail);
    }
}
