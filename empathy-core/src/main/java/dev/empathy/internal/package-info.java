/**
 * Machinery behind the public API. Not part of the API: anything here may change or disappear in any
 * release, without notice. Do not depend on it.
 */
package dev.empathy.internal;
