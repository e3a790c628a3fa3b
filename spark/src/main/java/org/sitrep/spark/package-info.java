/**
 * The engine as an Apache Spark job: inputs on any Hadoop-compatible path are read with the
 * engine's source readers, extracted with one pipeline per executor JVM, and written as Parquet
 * tables; events are merged across articles in a Spark stage by the store's own rules.
 */
package org.sitrep.spark;
