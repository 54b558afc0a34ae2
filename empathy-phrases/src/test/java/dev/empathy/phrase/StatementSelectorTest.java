package dev.empathy.phrase;

import dev.empathy.situation.Situation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.empathy.emotion.Emotion;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.emotion.SignalType;
import dev.empathy.situation.SituationCue;
import dev.empathy.situation.SituationReading;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StatementSelectorTest {

    private static final StatementSelector SELECTOR = StatementSelector.english();
    private static final PhraseCatalog CATALOG = SELECTOR.catalog();
    private static final double[] INTENSITIES = {0.05, 0.25, 0.45, 0.65, 0.85, 1.0};
    private static final Set<Intent> NEXT_STEPS = EnumSet.of(Intent.COLLABORATE, Intent.FOLLOW_UP, Intent.OFFER_OPTIONS);

    /** One generated case: a reading and a context. */
    private record Case(EmotionReading reading, SelectionContext context, String label) {
    }

    /**
     * Every emotion at six intensities, every channel and formality (and none), every situation, two seeds,
     * with and without a strong secondary sadness and with alternating signals: 9 x 6 x 5 x 4 x 13 x 2 cases.
     */
    private static List<Case> generatedCases() {
        return CASES;
    }

    private static final List<Case> CASES = generate();

    private static List<Case> generate() {
        List<Case> cases = new ArrayList<>();
        SignalType[] signals = SignalType.values();
        int n = 0;
        for (Emotion emotion : Emotion.values()) {
            for (double intensity : INTENSITIES) {
                for (Channel channel : withNull(Channel.values())) {
                    for (Formality formality : withNull(Formality.values())) {
                        for (Situation situation : Situation.values()) {
                            for (long seed : new long[] {7, 1234567}) {
                                n++;
                                Map<Emotion, Double> others = n % 3 == 0 && emotion != Emotion.SADNESS
                                        ? Map.of(Emotion.SADNESS, 0.6) : Map.of();
                                EmotionReading reading = n % 4 == 0
                                        ? Readings.of(emotion, intensity, others, signals[n % signals.length])
                                        : Readings.of(emotion, intensity, others);
                                SelectionContext context = SelectionContext.builder().channel(channel).formality(formality)
                                        .situation(situation).seed(seed).name(n % 2 == 0 ? "Sam" : null).count(4).build();
                                cases.add(new Case(reading, context, emotion.id() + "@" + intensity + " " + channel + "/"
                                        + formality + "/" + situation.id() + " seed " + seed + " others " + others
                                        + " signals " + reading.signals().stream().map(s -> s.type().id()).toList()));
                            }
                        }
                    }
                }
            }
        }
        return cases;
    }

    @SafeVarargs
    private static <T> List<T> withNull(T... values) {
        List<T> list = new ArrayList<>();
        list.add(null);
        list.addAll(List.of(values));
        return list;
    }

    /** True if the message carries a complaint, grief or a sarcasm signal, by the rules of the selector's Javadoc. */
    private static boolean carriesComplaintGriefOrSarcasm(EmotionReading reading, Situation situation) {
        if (reading.has(SignalType.SARCASM) || reading.has(SignalType.LONG_WAIT) || reading.has(SignalType.REPEATED_CONTACT)
                || reading.has(SignalType.ESCALATION_RISK) || situation == Situation.BEREAVEMENT
                || (reading.situation().situation() != Situation.GENERAL && reading.situation().situation() != Situation.PRAISE_FEEDBACK
                    && situation == reading.situation().situation())) {
            return true;
        }
        for (Emotion emotion : Emotion.values()) {
            if (emotion.isNegative() && emotion != Emotion.CONFUSION
                    && (reading.emotion() == emotion || reading.score(emotion) >= StatementSelector.SECONDARY_EMOTION_SHARE)) {
                return true;
            }
        }
        return false;
    }

    /** The emotion a positive reading is answered as when its message carries a complaint, grief or sarcasm. */
    private static Emotion answeredAs(EmotionReading reading, Situation situation) {
        if (!reading.emotion().isPositive() || !carriesComplaintGriefOrSarcasm(reading, situation)) {
            return reading.emotion();
        }
        if (situation == Situation.BEREAVEMENT || reading.score(Emotion.SADNESS) >= StatementSelector.SECONDARY_EMOTION_SHARE) {
            return Emotion.SADNESS;
        }
        if (reading.has(SignalType.SARCASM)) {
            return Emotion.FRUSTRATION;
        }
        Emotion strongest = null;
        for (Emotion emotion : Emotion.values()) {
            if (emotion.isNegative() && emotion != Emotion.CONFUSION && reading.score(emotion) >= StatementSelector.SECONDARY_EMOTION_SHARE
                    && (strongest == null || reading.score(emotion) > reading.score(strongest))) {
                strongest = emotion;
            }
        }
        return strongest != null ? strongest : Emotion.NEUTRAL;
    }

    /** The rule violations of one chosen statement, empty when it obeys every rule. */
    private static List<String> violations(Suggestion suggestion, Case c) {
        Statement statement = CATALOG.statement(suggestion.id()).orElseThrow();
        EmotionReading reading = c.reading();
        SelectionContext context = c.context();
        List<String> problems = new ArrayList<>();
        Emotion answered = answeredAs(reading, context.situation());
        if (!statement.suits().contains(answered)) {
            problems.add("does not suit " + answered.id());
        }
        if (carriesComplaintGriefOrSarcasm(reading, context.situation()) && Entry.isCheerful(statement)) {
            problems.add("cheers on a complaint, grief or sarcasm");
        }
        for (Emotion emotion : Emotion.values()) {
            boolean present = emotion == answered
                    || (emotion.isNegative() && reading.score(emotion) >= StatementSelector.SECONDARY_EMOTION_SHARE);
            if (present && statement.neverFor().contains(emotion)) {
                problems.add("is never for " + emotion.id());
            }
        }
        if (!statement.fitsIntensity(reading.intensity())) {
            problems.add("intensity " + reading.intensity() + " outside " + statement.minIntensity() + "-" + statement.maxIntensity());
        }
        if (context.channel().isPresent() ? !statement.channels().contains(context.channel().get())
                : statement.channels().size() != Channel.values().length) {
            problems.add("wrong channel " + statement.channels());
        }
        if (!statement.formalities().contains(context.formality().orElse(Formality.NEUTRAL))) {
            problems.add("wrong formality " + statement.formalities());
        }
        if (!statement.situations().contains(Situation.GENERAL) && !statement.situations().contains(context.situation())
                && !(reading.has(SignalType.LONG_WAIT) && statement.situations().contains(Situation.LONG_WAIT))
                && !(reading.has(SignalType.REPEATED_CONTACT) && statement.situations().contains(Situation.REPEATED_CONTACT))) {
            problems.add("wrong situation " + statement.situations());
        }
        if (context.usedIds().contains(statement.id())) {
            problems.add("already used");
        }
        if (suggestion.text().contains("{") || suggestion.text().contains("[")) {
            problems.add("unrendered slot");
        }
        return problems.stream().map(problem -> c.label() + ": " + statement.id() + " " + problem).toList();
    }

    @Test
    void everyChosenStatementObeysEveryRuleOverThousandsOfGeneratedContexts() {
        List<String> problems = new ArrayList<>();
        List<Case> cases = generatedCases();
        for (Case c : cases) {
            for (Suggestion suggestion : SELECTOR.select(c.reading(), c.context())) {
                problems.addAll(violations(suggestion, c));
            }
            for (Suggestion suggestion : SELECTOR.opening(c.reading(), c.context()).statements()) {
                problems.addAll(violations(suggestion, c));
            }
        }
        assertThat(cases).hasSizeGreaterThan(20_000);
        assertThat(problems).isEmpty();
    }

    @Test
    void nothingTaggedNeverForSadnessIsChosenForASadCustomer() {
        List<String> problems = new ArrayList<>();
        for (Case c : generatedCases()) {
            if (c.reading().emotion() != Emotion.SADNESS && c.reading().score(Emotion.SADNESS) < 0.25) {
                continue;
            }
            List<Suggestion> chosen = new ArrayList<>(SELECTOR.select(c.reading(), c.context()));
            chosen.addAll(SELECTOR.opening(c.reading(), c.context()).statements());
            for (Suggestion suggestion : chosen) {
                if (CATALOG.statement(suggestion.id()).orElseThrow().neverFor().contains(Emotion.SADNESS)) {
                    problems.add(c.label() + ": " + suggestion.id());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void anOpeningHasOneToThreeStatementsWithDistinctIntentsAcknowledgementFirstAndANextStepLast() {
        List<String> problems = new ArrayList<>();
        for (Case c : generatedCases()) {
            Opening opening = SELECTOR.opening(c.reading(), c.context());
            List<Suggestion> statements = opening.statements();
            Set<Intent> intents = EnumSet.noneOf(Intent.class);
            statements.forEach(statement -> intents.add(statement.intent()));
            if (statements.isEmpty() || statements.size() > 3) {
                problems.add(c.label() + ": " + statements.size() + " statements");
                continue;
            }
            if (intents.size() != statements.size()) {
                problems.add(c.label() + ": repeated intent in " + opening.ids());
            }
            Emotion emotion = c.reading().emotion();
            Intent first = statements.get(0).intent();
            if (emotion.isNegative() && first != Intent.ACKNOWLEDGE && first != Intent.VALIDATE) {
                problems.add(c.label() + ": opens with " + first.id());
            }
            if (statements.size() >= 2 && !emotion.isPositive() && !NEXT_STEPS.contains(statements.get(statements.size() - 1).intent())) {
                problems.add(c.label() + ": ends with " + statements.get(statements.size() - 1).intent().id());
            }
            if (!opening.text().equals(String.join(" ", statements.stream().map(Suggestion::text).toList()))) {
                problems.add(c.label() + ": text is not the statements joined");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noStatementIsRepeatedWithinAConversation() {
        for (Emotion emotion : Emotion.values()) {
            Set<String> used = new HashSet<>();
            EmotionReading reading = Readings.of(emotion, 0.6);
            for (int turn = 0; turn < 12; turn++) {
                SelectionContext context = SelectionContext.builder().channel(Channel.CHAT).situation(Situation.DELIVERY_DELAY)
                        .used(used).seed(turn).build();
                for (Suggestion suggestion : SELECTOR.select(reading, context)) {
                    assertThat(used).as("%s turn %d", emotion, turn).doesNotContain(suggestion.id());
                }
                Opening opening = SELECTOR.opening(reading, context);
                assertThat(opening.statements()).as("%s turn %d", emotion, turn).isNotEmpty();
                for (String id : opening.ids()) {
                    assertThat(used.add(id)).as("%s turn %d repeats %s", emotion, turn, id).isTrue();
                }
            }
        }
    }

    @Test
    void theSameInputAndSeedGiveTheSameOutputEvenFromASeparatelyBuiltSelector() {
        StatementSelector other = StatementSelector.of(PhraseCatalog.builder().build());
        for (Case c : generatedCases().subList(0, 3000)) {
            assertThat(other.select(c.reading(), c.context())).isEqualTo(SELECTOR.select(c.reading(), c.context()));
            assertThat(other.opening(c.reading(), c.context())).isEqualTo(SELECTOR.opening(c.reading(), c.context()));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Emotion.class, names = {"FRUSTRATION", "ANXIETY", "SADNESS", "GRATITUDE", "ANGER"})
    void differentSeedsVaryTheOpening(Emotion emotion) {
        Set<String> openings = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            openings.add(SELECTOR.opening(Readings.of(emotion, 0.6),
                    SelectionContext.builder().channel(Channel.CHAT).seed(seed).build()).text());
        }
        assertThat(openings).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void aGrievingCustomerGetsNoCheerfulStatement() {
        for (long seed = 0; seed < 50; seed++) {
            SelectionContext context = SelectionContext.builder().situation(Situation.BEREAVEMENT).seed(seed).count(10).build();
            List<Suggestion> chosen = new ArrayList<>(SELECTOR.select(Readings.of(Emotion.SADNESS, 0.8), context));
            chosen.addAll(SELECTOR.opening(Readings.of(Emotion.SADNESS, 0.8), context).statements());
            assertThat(chosen).isNotEmpty().allSatisfy(suggestion -> {
                assertThat(suggestion.text()).doesNotContain("!");
                assertThat(suggestion.intent()).isNotIn(Intent.ENCOURAGE, Intent.WARM_GREETING);
            });
        }
    }

    @Test
    void aMildlyConfusedCustomerGetsNoHeavyApology() {
        for (long seed = 0; seed < 50; seed++) {
            SelectionContext context = SelectionContext.builder().seed(seed).count(10).build();
            List<Suggestion> chosen = new ArrayList<>(SELECTOR.select(Readings.of(Emotion.CONFUSION, 0.2), context));
            chosen.addAll(SELECTOR.opening(Readings.of(Emotion.CONFUSION, 0.2), context).statements());
            assertThat(chosen).isNotEmpty().allSatisfy(suggestion -> assertThat(suggestion.text().toLowerCase(Locale.ROOT))
                    .doesNotContain("deeply", "sincere", "truly sorry", "no excuse", "unreservedly", "badly wrong"));
        }
    }

    @Test
    void theSituationsOwnStatementsRankFirstAndSayWhy() {
        List<Suggestion> chosen = SELECTOR.select(Readings.of(Emotion.FRUSTRATION, 0.6),
                SelectionContext.builder().situation(Situation.BILLING_ERROR).count(3).build());
        assertThat(chosen).hasSize(3);
        Suggestion first = chosen.get(0);
        assertThat(CATALOG.statement(first.id()).orElseThrow().situations()).contains(Situation.BILLING_ERROR);
        assertThat(first.reasons()).contains("written for billing-error").anyMatch(reason -> reason.startsWith(first.intent().id() + " fits frustration"));
        assertThat(chosen).extracting(Suggestion::intent).doesNotHaveDuplicates();
        assertThat(chosen).extracting(Suggestion::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    private static EmotionReading detected(Emotion emotion, double intensity, Situation situation, String cue) {
        return Readings.of(emotion, intensity).withSituation(new SituationReading(situation, 0.8,
                List.of(new SituationCue(10, 10 + cue.length(), cue, situation))));
    }

    @ParameterizedTest
    @EnumSource(value = Situation.class, names = {"DELIVERY_DELAY", "BILLING_ERROR", "DEFECT", "OUTAGE", "ACCOUNT_ACCESS",
            "FRAUD_SECURITY", "REFUND", "CANCELLATION"})
    void theDetectedSituationIsUsedWhenTheContextGivesNoneAndTheReasonsSaySo(Situation situation) {
        for (long seed = 0; seed < 10; seed++) {
            List<Suggestion> chosen = SELECTOR.select(detected(Emotion.FRUSTRATION, 0.6, situation, "cue words"),
                    SelectionContext.builder().seed(seed).build());
            Suggestion first = chosen.get(0);
            assertThat(CATALOG.statement(first.id()).orElseThrow().situations()).contains(situation);
            assertThat(first.reasons()).contains("situation " + situation.id() + " detected in the message (\"cue words\")",
                    "written for " + situation.id());
        }
    }

    @Test
    void aSituationGivenInTheContextWinsOverTheDetectedOne() {
        List<Suggestion> chosen = SELECTOR.select(detected(Emotion.FRUSTRATION, 0.6, Situation.OUTAGE, "down"),
                SelectionContext.builder().situation(Situation.REFUND).build());
        assertThat(CATALOG.statement(chosen.get(0).id()).orElseThrow().situations()).contains(Situation.REFUND);
        assertThat(chosen).allSatisfy(s -> assertThat(s.reasons()).noneMatch(reason -> reason.contains("detected")));
    }

    @ParameterizedTest
    @EnumSource(value = Situation.class, names = {"DELIVERY_DELAY", "BILLING_ERROR", "DEFECT", "OUTAGE", "ACCOUNT_ACCESS",
            "FRAUD_SECURITY", "REFUND", "CANCELLATION"})
    void aPlainProblemReportGetsAnAcknowledgementOfThatProblemAndAConcreteNextStep(Situation situation) {
        for (long seed = 0; seed < 20; seed++) {
            Opening opening = SELECTOR.opening(detected(Emotion.NEUTRAL, 0, situation, "words"),
                    SelectionContext.builder().seed(seed).build());
            List<Suggestion> statements = opening.statements();
            assertThat(statements).as(opening.text()).hasSize(2);
            assertThat(statements.get(0).intent()).isIn(Intent.ACKNOWLEDGE, Intent.VALIDATE);
            assertThat(CATALOG.statement(statements.get(0).id()).orElseThrow().situations()).contains(situation);
            assertThat(statements.get(1).intent()).isIn(NEXT_STEPS);
            assertThat(opening.text().toLowerCase(Locale.ROOT)).doesNotContain("thank you for contacting", "thanks for getting in touch",
                    "good to hear from you", "!");
        }
    }

    @Test
    void nextStepsForAProblemSayWhatTheAgentWillDoAndWhenWithTheTimeFrameSlot() {
        SelectionContext context = SelectionContext.builder().slot(Slot.TIME_FRAME, "by 5 pm today").intents(Intent.FOLLOW_UP)
                .count(20).build();
        List<Suggestion> chosen = SELECTOR.select(detected(Emotion.FRUSTRATION, 0.6, Situation.DELIVERY_DELAY, "parcel"), context);
        assertThat(chosen).anySatisfy(s -> assertThat(s.text()).startsWith("I'll ").endsWith("by 5 pm today."));
        assertThat(CATALOG.statements()).filteredOn(s -> s.intent() != Intent.FOLLOW_UP)
                .noneMatch(s -> s.text().equals("Let's make sure this doesn't happen again."));
    }

    /** Readings of messages with a complaint, grief or a sarcasm signal that a reader took for satisfaction or gratitude. */
    static Stream<Arguments> cheerProbes() {
        return Stream.of(
                Arguments.of("sarcasm", Readings.of(Emotion.SATISFACTION, 0.7, SignalType.SARCASM)),
                Arguments.of("sarcasm and a wait", Readings.of(Emotion.SATISFACTION, 0.5, SignalType.SARCASM, SignalType.LONG_WAIT)),
                Arguments.of("grief", Readings.of(Emotion.GRATITUDE, 0.5, Map.of(Emotion.SADNESS, 0.6))),
                Arguments.of("bereavement", detected(Emotion.GRATITUDE, 0.5, Situation.BEREAVEMENT, "passed away")),
                Arguments.of("complaint", Readings.of(Emotion.SATISFACTION, 0.6, Map.of(Emotion.FRUSTRATION, 0.5))),
                Arguments.of("defect", detected(Emotion.SATISFACTION, 0.4, Situation.DEFECT, "keeps crashing")),
                Arguments.of("repeat", Readings.of(Emotion.GRATITUDE, 0.3, SignalType.REPEATED_CONTACT)),
                Arguments.of("escalation", Readings.of(Emotion.SATISFACTION, 0.3, SignalType.ESCALATION_RISK)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cheerProbes")
    void aMessageWithAComplaintGriefOrSarcasmIsNeverCheeredOn(String label, EmotionReading reading) {
        for (long seed = 0; seed < 30; seed++) {
            for (Channel channel : withNull(Channel.values())) {
                SelectionContext context = SelectionContext.builder().channel(channel).seed(seed).count(10).build();
                List<Suggestion> chosen = new ArrayList<>(SELECTOR.select(reading, context));
                Opening opening = SELECTOR.opening(reading, context);
                chosen.addAll(opening.statements());
                assertThat(opening.statements()).isNotEmpty();
                assertThat(chosen).allSatisfy(suggestion -> {
                    assertThat(suggestion.intent()).isNotIn(Intent.ENCOURAGE, Intent.WARM_GREETING);
                    assertThat(suggestion.text()).doesNotContain("!");
                    assertThat(suggestion.text().toLowerCase(Locale.ROOT)).doesNotContain("great", "wonderful", "glad to hear",
                            "good to hear", "delighted", "lovely", "pleased", "kind words", "worked out");
                });
                assertThat(opening.statements().get(0).reasons()).anyMatch(reason -> reason.startsWith("answered as"));
            }
        }
    }

    /** Real messages read by the built-in classifier: whatever emotion it reads, none of them is cheered on. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Brilliant, third time I've asked and still no refund. Thanks so much.",
            "Love the app but it keeps crashing every time I open it.",
            "My mum passed away last week and I need to close her account.",
            "Great, lost my luggage AGAIN. I've been waiting for two hours!!",
            "Oh fantastic, another delay. Love it."})
    void realProbesWithAComplaintGriefOrSarcasmAreNeverCheeredOn(String message) {
        EmotionReading reading = dev.empathy.emotion.LexiconEmotionClassifier.english().classify(message);
        SelectionContext context = SelectionContext.builder().message(message).count(10).build();
        List<Suggestion> chosen = new ArrayList<>(SELECTOR.select(reading, context));
        chosen.addAll(SELECTOR.opening(reading, context).statements());
        assertThat(chosen).isNotEmpty().allSatisfy(suggestion -> {
            assertThat(suggestion.intent()).isNotIn(Intent.ENCOURAGE, Intent.WARM_GREETING);
            assertThat(suggestion.text()).doesNotContain("!");
        });
    }

    @Test
    void withoutASeedDifferentMessagesGetDifferentStatementsAndTheSameMessageTheSame() {
        EmotionReading reading = detected(Emotion.FRUSTRATION, 0.6, Situation.DELIVERY_DELAY, "parcel");
        Set<String> openings = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            String message = "Order " + i + " has not arrived";
            Opening opening = SELECTOR.opening(reading, SelectionContext.builder().message(message).build());
            assertThat(SELECTOR.opening(reading, SelectionContext.builder().message(message).build())).isEqualTo(opening);
            openings.add(opening.text());
        }
        assertThat(openings).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void slotsTakenFromTheMessageAreRenderedWithTheirEvidenceInTheReasons() {
        SelectionContext context = SelectionContext.builder().message("I've been waiting for three weeks for my parcel")
                .count(20).build();
        List<Suggestion> chosen = SELECTOR.select(detected(Emotion.FRUSTRATION, 0.6, Situation.DELIVERY_DELAY, "parcel"), context);
        assertThat(chosen).anySatisfy(s -> {
            assertThat(s.text()).contains("your parcel");
            assertThat(s.reasons()).contains("product \"your parcel\" from the message (\"my parcel\" at 38-47)");
        });
    }

    @Test
    void anEscalationRiskBringsADeEscalatingStatement() {
        List<Suggestion> chosen = SELECTOR.select(Readings.of(Emotion.ANGER, 0.9, SignalType.ESCALATION_RISK),
                SelectionContext.builder().count(3).build());
        assertThat(chosen).anySatisfy(suggestion -> {
            assertThat(suggestion.intent()).isEqualTo(Intent.DE_ESCALATE);
            assertThat(suggestion.reasons()).contains("the message signals escalation risk");
        });
    }

    @Test
    void theCustomersNameIsUsedWhenGivenAndLeftOutCleanlyOtherwise() {
        EmotionReading reading = Readings.of(Emotion.FRUSTRATION, 0.6);
        SelectionContext withName = SelectionContext.builder().intents(Intent.ACKNOWLEDGE).count(20).name("Sam").build();
        SelectionContext without = SelectionContext.builder().intents(Intent.ACKNOWLEDGE).count(20).build();
        List<Suggestion> named = SELECTOR.select(reading, withName);
        List<Suggestion> plain = SELECTOR.select(reading, without);
        assertThat(named).extracting(Suggestion::id).isEqualTo(plain.stream().map(Suggestion::id).toList());
        assertThat(named).anySatisfy(s -> assertThat(s.text()).isEqualTo("I can see how frustrating this has been, Sam."));
        assertThat(plain).anySatisfy(s -> assertThat(s.text()).isEqualTo("I can see how frustrating this has been."));
        assertThat(plain).allSatisfy(s -> assertThat(s.text()).doesNotContain("Sam", "{", "[", " ,"));
    }

    @Test
    void restrictingIntentsAndLocalesNarrowsTheChoice() {
        EmotionReading reading = Readings.of(Emotion.ANXIETY, 0.5);
        assertThat(SELECTOR.select(reading, SelectionContext.builder().intents(Intent.REASSURE).count(5).build()))
                .hasSize(5).allSatisfy(s -> assertThat(s.intent()).isEqualTo(Intent.REASSURE));
        assertThat(SELECTOR.select(reading, SelectionContext.builder().locale(Locale.FRENCH).build())).isEmpty();
        assertThat(SELECTOR.opening(reading, SelectionContext.builder().locale(Locale.FRENCH).build()))
                .isEqualTo(new Opening("", List.of()));
        assertThat(SELECTOR.select(reading, SelectionContext.builder().locale(Locale.UK).build())).hasSize(3);
    }

    @Test
    void aSharedSelectorGivesTheSameResultsOnManyThreads() throws Exception {
        List<Case> cases = generatedCases().subList(0, 2000);
        List<Opening> expected = cases.stream().map(c -> SELECTOR.opening(c.reading(), c.context())).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Opening>>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> cases.stream().map(c -> SELECTOR.opening(c.reading(), c.context())).toList()));
            }
            for (Future<List<Opening>> future : futures) {
                assertThat(future.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void reasonsShowNumbersWithTwoDecimals() {
        assertThat(List.of(StatementSelector.format(0.6), StatementSelector.format(1), StatementSelector.format(0.05),
                StatementSelector.format(0.456))).containsExactly("0.60", "1.00", "0.05", "0.46");
    }

    @Test
    void nullArgumentsAreRejectedByName() {
        assertThatThrownBy(() -> SELECTOR.select(null, SelectionContext.defaults())).hasMessage("reading must not be null");
        assertThatThrownBy(() -> SELECTOR.opening(EmotionReading.neutral(), null)).hasMessage("context must not be null");
    }
}
