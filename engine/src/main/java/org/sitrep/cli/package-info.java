/**
 * The command line: one picocli command class per verb, the pipeline assembled in
 * {@link org.sitrep.cli.Pipelines}, and the human-readable report. The only package that prints.
 */
package org.sitrep.cli;
