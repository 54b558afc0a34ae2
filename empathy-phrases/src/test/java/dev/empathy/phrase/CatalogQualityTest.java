package dev.empathy.phrase;

import dev.empathy.situation.Situation;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Quality bar over the whole built-in catalog: each banned phrase and each statement reported on its own. */
class CatalogQualityTest {

    private static final PhraseCatalog CATALOG = PhraseCatalog.english();
    private static final Map<Slot, String> ALL_SLOTS = Map.of(Slot.NAME, "Sam", Slot.PRODUCT, "your X200 speaker",
            Slot.ISSUE, "the double charge", Slot.DURATION, "three weeks", Slot.AGENT, "Alex", Slot.TIME_FRAME, "by 5 pm today");

    static Stream<Arguments> statements() {
        return CATALOG.statements().stream().map(statement -> Arguments.of(statement.id(), statement));
    }

    /** The statements whose text, rendered with and without slot values, contains {@code phrase}, as "id: text". */
    private static List<String> containing(String phrase) {
        return CATALOG.statements().stream()
                .flatMap(statement -> Stream.of(CATALOG.render(statement, Map.of()), CATALOG.render(statement, ALL_SLOTS))
                        .map(text -> statement.id() + ": " + text))
                .filter(text -> text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').contains(phrase))
                .distinct()
                .toList();
    }

    @ParameterizedTest(name = "no sympathy or pity: \"{0}\"")
    @ValueSource(strings = {"feel sorry for you", "feel bad for you", "poor you", "poor thing", "pity", "you poor",
            "how awful for you", "i know exactly how you feel", "i know how you feel", "that must be terrible"})
    void noStatementOffersSympathyOrPityInsteadOfEmpathy(String phrase) {
        assertThat(containing(phrase)).isEmpty();
    }

    @ParameterizedTest(name = "no conditional non-apology: \"{0}\"")
    @ValueSource(strings = {"sorry if", "apologise if", "apologize if", "sorry you feel", "sorry that you feel",
            "if you were offended", "if any offence", "sorry for any inconvenience", "any inconvenience",
            "mistakes were made", "sorry, but", "apologise, but"})
    void noStatementIsAConditionalNonApology(String phrase) {
        assertThat(containing(phrase)).isEmpty();
    }

    @ParameterizedTest(name = "nothing dismissive: \"{0}\"")
    @ValueSource(strings = {"calm down", "relax", "don't worry", "no need to", "as i said", "as i mentioned",
            "as already", "unfortunately", "obviously", "simply", "just ", "policy", "you should have read", "you should have checked", "you should've", "you need to",
            "you must", "actually", "to be honest", "with all due respect", "it's not our fault", "nothing we can do",
            "per my", "clearly you", "that's easy", "it's easy", "you failed", "your fault", "inconvenience"})
    void noStatementUsesDismissiveWording(String phrase) {
        assertThat(containing(phrase)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statements")
    void everyStatementRendersCleanlyWithAndWithoutSlotValues(String id, Statement statement) {
        for (Map<Slot, String> values : List.of(Map.<Slot, String>of(), ALL_SLOTS)) {
            String text = CATALOG.render(statement, values);
            assertThat(text).doesNotContain("{", "}", "[", "]", "  ", " ,", " .", " ;", ",,", "..")
                    .matches("^[A-Z].*[.!?]$");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statements")
    void everyStatementsTagsAreConsistent(String id, Statement statement) {
        assertThat(statement.id()).matches("(ack|val|apo|rea|col|thk|enc|des|lis|opt|fol|grt)-\\d{3}");
        assertThat(statement.suits()).allMatch(emotion -> !statement.neverFor().contains(emotion));
        assertThat(statement.minIntensity()).isBetween(0.0, statement.maxIntensity());
        assertThat(statement.text().length()).isBetween(10, 200);
    }

    @Test
    void noTwoStatementsShareATextIgnoringCase() {
        Map<String, List<String>> byText = CATALOG.statements().stream().collect(Collectors.groupingBy(
                statement -> CATALOG.render(statement, Map.of()).toLowerCase(Locale.ROOT),
                Collectors.mapping(Statement::id, Collectors.toList())));
        assertThat(byText.values()).allMatch(ids -> ids.size() == 1);
    }

    @Test
    void everyIntentAndEverySituationHasStatements() {
        Map<Intent, Integer> intents = new EnumMap<>(Intent.class);
        Map<Situation, Integer> situations = new EnumMap<>(Situation.class);
        for (Statement statement : CATALOG.statements()) {
            intents.merge(statement.intent(), 1, Integer::sum);
            statement.situations().forEach(situation -> situations.merge(situation, 1, Integer::sum));
        }
        assertThat(intents.keySet()).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Intent.class));
        assertThat(intents.values()).allMatch(count -> count >= 10);
        assertThat(situations.keySet()).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Situation.class));
        assertThat(situations.values()).allMatch(count -> count >= 5);
    }

    @Test
    void cheerfulStatementsAreNeverForGrievingOrAngryCustomers() {
        Set<Intent> cheerful = EnumSet.of(Intent.ENCOURAGE, Intent.WARM_GREETING);
        Map<String, Set<?>> offenders = new HashMap<>();
        for (Statement statement : CATALOG.statements()) {
            if (cheerful.contains(statement.intent()) || statement.text().contains("!")) {
                if (!statement.neverFor().containsAll(EnumSet.of(dev.empathy.emotion.Emotion.SADNESS,
                        dev.empathy.emotion.Emotion.ANGER))) {
                    offenders.put(statement.id(), statement.neverFor());
                }
            }
        }
        assertThat(offenders).isEmpty();
    }
}
