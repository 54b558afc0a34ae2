package dev.empathy.phrase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.empathy.draft.DraftCheck;
import dev.empathy.draft.DraftChecker;
import dev.empathy.draft.ElementSpan;
import dev.empathy.draft.EmpathyElement;
import dev.empathy.draft.Finding;
import dev.empathy.draft.MissingElement;
import dev.empathy.emotion.LexiconEmotionClassifier;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The catalog and the draft checker agree: every statement the catalog can suggest passes the checker with
 * zero findings, rendered with and without slot values; and with this module on the class path the checker
 * suggests catalog statements for the elements a draft lacks; every statement, pasted back as a draft, is
 * recognised as the element of its intent.
 */
class CatalogPassesDraftCheckerTest {

    private static final PhraseCatalog CATALOG = PhraseCatalog.english();
    private static final DraftChecker CHECKER = DraftChecker.english();
    private static final Map<Slot, String> SLOTS = Map.of(Slot.NAME, "Sam", Slot.PRODUCT, "your X200 speaker",
            Slot.ISSUE, "the double charge", Slot.DURATION, "three weeks", Slot.AGENT, "Alex", Slot.TIME_FRAME, "by 5 pm today");

    static Stream<Arguments> renderings() {
        return CATALOG.statements().stream().flatMap(statement -> Stream.of(
                Arguments.of(statement.id() + " (no slots)", CATALOG.render(statement, Map.of())),
                Arguments.of(statement.id() + " (all slots)", CATALOG.render(statement, SLOTS))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("renderings")
    void everyStatementPassesTheDraftCheckerWithZeroFindings(String id, String text) {
        assertThat(CHECKER.check(text).findings()).extracting(Finding::ruleId).isEmpty();
    }

    static Stream<Arguments> renderingsWithIntent() {
        return CATALOG.statements().stream().flatMap(statement -> Stream.of(
                Arguments.of(statement.id() + " (no slots)", statement.intent(), CATALOG.render(statement, Map.of())),
                Arguments.of(statement.id() + " (all slots)", statement.intent(), CATALOG.render(statement, SLOTS))));
    }

    /**
     * An agent who pastes a suggestion is not told it is missing: the checker finds the element of the
     * statement's intent (or one of the alternatives {@link Intent#elements()} lists).
     */
    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("renderingsWithIntent")
    void everyStatementIsRecognisedAsItsOwnElement(String id, Intent intent, String text) {
        assertThat(CHECKER.check(text).elements()).as("%s (%s) %s", id, intent.id(), text)
                .extracting(ElementSpan::element).containsAnyElementsOf(intent.elements());
    }

    @Test
    void theSorryRouterApologyIsAnApologyAndNotMissing() {
        DraftCheck check = CHECKER.check("I'm so sorry the router is still not working.",
                LexiconEmotionClassifier.english().classify("My router STILL doesn't work, I'm so frustrated."));
        assertThat(check.elements()).extracting(ElementSpan::element).contains(EmpathyElement.APOLOGY);
        assertThat(check.missing()).extracting(MissingElement::element).doesNotContain(EmpathyElement.APOLOGY);
    }

    @Test
    void aMissingElementComesWithACatalogStatement() {
        DraftCheck check = CHECKER.check("Your refund was processed.",
                LexiconEmotionClassifier.english().classify("I am FURIOUS, third time I'm asking for my refund!!"));
        assertThat(check.missing()).extracting(MissingElement::element).contains(EmpathyElement.ACKNOWLEDGEMENT);
        MissingElement acknowledgement = check.missing().stream()
                .filter(missing -> missing.element() == EmpathyElement.ACKNOWLEDGEMENT).findFirst().orElseThrow();
        assertThat(acknowledgement.suggestion()).isPresent();
        String suggestion = acknowledgement.suggestion().orElseThrow();
        assertThat(CATALOG.statements().stream().map(statement -> CATALOG.render(statement, Map.of())))
                .contains(suggestion);
    }
}
