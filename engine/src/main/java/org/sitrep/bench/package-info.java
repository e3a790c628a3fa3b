/**
 * Throughput and memory of the pipeline on real articles ({@code sitrep bench}): articles,
 * sentences and tokens a second, latency percentiles, time per stage, peak heap and RSS, and the
 * same figures for a baseline measured in the same run; and the JIT compiler's threads, whose
 * processor time it reports and whose priority a run on every core lowers. Imports stages only through
 * {@link org.sitrep.pipeline.Stage}; never CoreNLP.
 */
package org.sitrep.bench;
