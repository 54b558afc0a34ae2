/**
 * The engine and its value types: reading a customer's emotion and situation, conversations, and checking an
 * agent's draft, with the English lexicons, rules and model they load.
 *
 * <p>Only the API packages are exported. The {@code dev.empathy.internal} packages are the machinery behind
 * them and are not visible to other modules (one package is opened to {@code dev.empathy.phrases} only,
 * for the enum id look-up both modules share).
 *
 * <p>{@link dev.empathy.draft.DraftChecker} finds {@link dev.empathy.draft.EmpathyStatementProvider}
 * implementations with {@link java.util.ServiceLoader}: on the module path through {@code provides}, on the
 * class path through {@code META-INF/services}.
 */
// "module": the qualified export names dev.empathy.phrases, which is built after this module;
// "requires-automatic": opennlp-tools has no module-info, only an Automatic-Module-Name.
@SuppressWarnings({"module", "requires-automatic"})
module dev.empathy.core {
    requires org.apache.opennlp.tools;
    requires org.slf4j;

    exports dev.empathy.conversation;
    exports dev.empathy.data;
    exports dev.empathy.draft;
    exports dev.empathy.emotion;
    exports dev.empathy.model;
    exports dev.empathy.situation;
    exports dev.empathy.verify;

    exports dev.empathy.internal to dev.empathy.phrases;

    uses dev.empathy.draft.EmpathyStatementProvider;
}
