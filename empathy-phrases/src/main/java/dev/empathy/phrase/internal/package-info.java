/**
 * Machinery of the phrases module. Not an API: do not depend on it; it changes without notice. The one
 * public class, {@code CatalogStatementProvider}, is public only so that {@link java.util.ServiceLoader} can
 * create it.
 */
package dev.empathy.phrase.internal;
