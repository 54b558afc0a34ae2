/**
 * Shared pieces of the data files the engines load: the exception every loader throws for a missing or
 * malformed file ({@link dev.empathy.data.InvalidDataException}) and the line reader behind it.
 *
 * <p>Every data file of the library is UTF-8 text, one record a line, with a format line such as
 * {@code # empathy-lexicon 1} first; lines starting with {@code #} are comments.
 */
package dev.empathy.data;
