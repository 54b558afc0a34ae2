/**
 * Internal: sentence detection and tokenisation over OpenNLP, with offsets into the original text.
 * Not part of the API; do not depend on it.
 */
package dev.empathy.internal.text;
