/**
 * The curated catalog of empathy statements and the selector that fits them to a customer.
 *
 * <p>Exports {@code dev.empathy.phrase} only. The catalog answers {@link dev.empathy.draft.DraftChecker}'s
 * requests for a statement through {@link dev.empathy.draft.EmpathyStatementProvider}, registered here with
 * {@code provides} for the module path (and in {@code META-INF/services} for the class path).
 */
module dev.empathy.phrases {
    requires transitive dev.empathy.core;
    requires org.slf4j;

    exports dev.empathy.phrase;

    provides dev.empathy.draft.EmpathyStatementProvider with dev.empathy.phrase.internal.CatalogStatementProvider;
}
