/**
 * A small strict JSON reader for JSON Lines data files (library modules do not depend on Jackson).
 * Not part of the API: anything here may change or disappear in any release, without notice.
 */
package dev.empathy.internal.json;
