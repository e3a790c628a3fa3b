package org.sitrep.spark;

import org.sitrep.cli.Pipelines;
import org.sitrep.model.RawInput;
import org.sitrep.model.SitrepRecord;
import org.sitrep.pipeline.Stage;
import org.sitrep.resolve.Countries;
import org.sitrep.store.EventRows;

/**
 * The pipeline and event flattener of this JVM, built on first use and shared by every task the
 * executor runs, so CoreNLP and the gazetteer load once per executor rather than per record.
 * Thread-safe: initialised once under a lock; the stages themselves are thread-safe.
 */
final class ExecutorPipeline {


    final Stage<RawInput, SitrepRecord> extraction;
    final EventRows eventRows;

    private ExecutorPipeline() {
        this.extraction = Pipelines.extraction();
        this.eventRows = new EventRows(Countries.embedded());
    }

    static ExecutorPipeline get() {
        return Holder.INSTANCE;
    }

    /** Built when first touched, once per executor JVM; class initialisation makes that thread-safe. */
    private static final class Holder {
        static final ExecutorPipeline INSTANCE = new ExecutorPipeline();
    }
}
