/**
 * Throughput and memory of the pipeline on real articles ({@code sitrep bench}): articles,
 * sentences and tokens a second, latency percentiles, time per stage, peak heap and RSS, and the
 * same figures for a baseline measured in the same run. Imports stages only through
 * {@link org.sitrep.pipeline.Stage}; never CoreNLP.
 */
package org.sitrep.bench;
