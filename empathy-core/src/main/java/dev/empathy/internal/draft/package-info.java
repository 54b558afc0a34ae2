/**
 * Internal: the token-pattern language of the draft checker, compiled into a matcher that runs in time
 * linear in the draft's length whatever the patterns say. Not part of the API; do not depend on it.
 */
package dev.empathy.internal.draft;
