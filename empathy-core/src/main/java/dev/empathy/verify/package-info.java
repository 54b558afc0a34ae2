/**
 * Running the examples written in data files: {@link dev.empathy.verify.DataVerifier} checks a vendor's
 * lexicon, situation-cue or rules file the way the build checks the shipped ones, and reports each example
 * that does not hold as a {@link dev.empathy.verify.DataProblem} with its file and line.
 */
package dev.empathy.verify;
