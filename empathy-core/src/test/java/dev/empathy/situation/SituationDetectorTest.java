package dev.empathy.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.empathy.data.InvalidDataException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SituationDetectorTest {

    private static final String HEADER = "# empathy-situation-cues 1\n";

    /** A detector from the given records only (no built-in cues). */
    private static SituationDetector detector(String records) {
        return SituationDetector.builder().withoutBuiltInCues()
                .addCues(new ByteArrayInputStream((HEADER + records).getBytes(StandardCharsets.UTF_8)), "test-cues.tsv")
                .build();
    }

    private static InvalidDataException loadError(String records) {
        try {
            detector(records);
        } catch (InvalidDataException e) {
            return e;
        }
        throw new AssertionError("expected an InvalidDataException");
    }

    @Test
    void builtInCuesReadCommonSituationsWithEvidence() {
        SituationDetector english = SituationDetector.english();
        assertThat(english.detect("My parcel still hasn't arrived").situation()).isEqualTo(Situation.DELIVERY_DELAY);
        assertThat(english.detect("You charged my card twice in May").situation()).isEqualTo(Situation.BILLING_ERROR);
        assertThat(english.detect("I can't log in to my account").situation()).isEqualTo(Situation.ACCOUNT_ACCESS);
        assertThat(english.detect("What time do you open on Sunday?").isGeneral()).isTrue();
    }

    @Test
    void evidenceOffsetsPointIntoTheOriginalText() {
        String text = "@AmazonHelp  where’s my PARCEL?? It still hasn’t arrived.";
        SituationReading reading = SituationDetector.english().detect(text);

        assertThat(reading.situation()).isEqualTo(Situation.DELIVERY_DELAY);
        assertThat(reading.cues()).isNotEmpty().allSatisfy(cue -> {
            assertThat(text.substring(cue.start(), cue.end())).isEqualTo(cue.text());
            assertThat(cue.situation()).isEqualTo(Situation.DELIVERY_DELAY);
        });
        assertThat(reading.cues()).extracting(SituationCue::text).containsExactly("where’s my PARCEL", "still hasn’t arrived");
    }

    @Test
    void inflectionsPrefixesAlternativesAndApostrophesMatch() {
        SituationDetector detector = detector("""
                cue\trefund\t2\trefund+
                cue\tfraud-security\t2\thack*
                cue\tdelivery-delay\t2\thasn't|never arrive+
                """);
        assertThat(detector.detect("still no refunds").situation()).isEqualTo(Situation.REFUND);
        assertThat(detector.detect("they refunded it").situation()).isEqualTo(Situation.REFUND);
        assertThat(detector.detect("my account got hacked by hackers").situation()).isEqualTo(Situation.FRAUD_SECURITY);
        assertThat(detector.detect("it hasnt arrived").situation()).isEqualTo(Situation.DELIVERY_DELAY);
        assertThat(detector.detect("it hasn’t arrived").situation()).isEqualTo(Situation.DELIVERY_DELAY);
        assertThat(detector.detect("it never arrives").situation()).isEqualTo(Situation.DELIVERY_DELAY);
        assertThat(detector.detect("it arrived").isGeneral()).isTrue();
    }

    @Test
    void inflectionsDropEChangeYAndDoubleConsonants() {
        assertThat(CuePattern.inflections("charge")).contains("charges", "charged", "charging");
        assertThat(CuePattern.inflections("reply")).contains("replies", "replied", "replying");
        assertThat(CuePattern.inflections("stop")).contains("stopped", "stopping");
    }

    @Test
    void aGapSkipsUpToThreeWordsButNeverASentenceEnd() {
        SituationDetector detector = detector("cue\tdelivery-delay\t2\tnot .. arrived\n");
        assertThat(detector.detect("it has not arrived").situation()).isEqualTo(Situation.DELIVERY_DELAY);
        assertThat(detector.detect("it has not yet really fully arrived").situation()).isEqualTo(Situation.DELIVERY_DELAY);
        assertThat(detector.detect("not one of the four parcels arrived").isGeneral()).isTrue();
        assertThat(detector.detect("I am not. It arrived").isGeneral()).isTrue();
    }

    @Test
    void mentionsAndLinksAreNotRead() {
        SituationDetector detector = detector("cue\trefund\t2\trefund\n");
        assertThat(detector.detect("@refund hi https://t.co/refund").isGeneral()).isTrue();
        assertThat(detector.detect("@shop refund please").situation()).isEqualTo(Situation.REFUND);
    }

    @Test
    void camelCaseHashtagsAreReadAsTheirWordsWithTheirOwnSpans() {
        SituationDetector detector = detector("cue\trefund\t2\tmoney back\ncue\tdefect\t2\tios11\n");
        String text = "so done #WantMyMoneyBack";
        SituationReading reading = detector.detect(text);

        assertThat(reading.situation()).isEqualTo(Situation.REFUND);
        assertThat(reading.cues()).extracting(SituationCue::text).containsExactly("MoneyBack");
        assertThat(text.substring(reading.cues().get(0).start())).isEqualTo("MoneyBack");
        assertThat(detector.detect("broken again #iOS11").situation()).isEqualTo(Situation.DEFECT);
        assertThat(detector.detect("wantmymoneyback").isGeneral()).isTrue();
    }

    @Test
    void aSituationMustBeatTheGeneralPriorAndGeneralCues() {
        SituationDetector detector = detector("""
                param\tgeneral-prior\t1.5
                cue\tbilling-error\t1\tfee
                cue\tbilling-error\t1\tcharged
                cue\tgeneral\t2\tcan i
                """);
        assertThat(detector.detect("what is the fee").isGeneral()).isTrue();
        assertThat(detector.detect("charged a fee").situation()).isEqualTo(Situation.BILLING_ERROR);
        SituationReading question = detector.detect("can i get charged a fee");
        assertThat(question.situation()).isEqualTo(Situation.GENERAL);
        assertThat(question.cues()).extracting(SituationCue::text).containsExactly("can i");
    }

    @Test
    void negativeCuesCountAgainstTheirSituationAndOverlappingCuesCountOnce() {
        SituationDetector detector = detector("""
                cue\tbilling-error\t2\tcharge+
                cue\tbilling-error\t-3\tcharge my phone
                cue\tdelivery-delay\t2\tlate
                cue\tdelivery-delay\t3\tvery late
                """);
        assertThat(detector.detect("they charged me").situation()).isEqualTo(Situation.BILLING_ERROR);
        assertThat(detector.detect("I charge my phone a lot").isGeneral()).isTrue();
        SituationReading late = detector.detect("very late");
        assertThat(late.cues()).extracting(SituationCue::text).containsExactly("very late");
        assertThat(late.confidence()).isEqualTo(1 - Math.exp(-(3 - 1)), org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void tiesGoToTheSituationNamedFirstInPrecedence() {
        String cues = "cue\trefund\t2\treturn\ncue\tcancellation\t2\tcancel\n";
        assertThat(detector(cues + "precedence\tcancellation refund\n").detect("cancel and return").situation())
                .isEqualTo(Situation.CANCELLATION);
        assertThat(detector(cues + "precedence\trefund cancellation\n").detect("cancel and return").situation())
                .isEqualTo(Situation.REFUND);
    }

    @Test
    void aVendorFileAddsReweightsAndRemovesBuiltInCues() {
        SituationDetector base = detector("cue\trefund\t2\treturn\n");
        assertThat(base.detect("return it").situation()).isEqualTo(Situation.REFUND);
        SituationDetector vendor = SituationDetector.builder().withoutBuiltInCues()
                .addCues(new ByteArrayInputStream((HEADER + "cue\trefund\t2\treturn\n").getBytes(StandardCharsets.UTF_8)), "a.tsv")
                .addCues(new ByteArrayInputStream((HEADER + "cue\trefund\t0\treturn\ncue\tdefect\t2\tjammed\n").getBytes(StandardCharsets.UTF_8)), "b.tsv")
                .build();
        assertThat(vendor.size()).isEqualTo(1);
        assertThat(vendor.detect("return it").isGeneral()).isTrue();
        assertThat(vendor.detect("the door is jammed").situation()).isEqualTo(Situation.DEFECT);
    }

    @Test
    void noneReadsEverythingAsGeneral() {
        assertThat(SituationDetector.none().detect("my parcel has not arrived, refund me")).isEqualTo(SituationReading.general());
        assertThat(SituationDetector.none().size()).isZero();
    }

    @Test
    void blankAndCuelessTextReadGeneralAndNullIsRejected() {
        assertThat(SituationDetector.english().detect("")).isEqualTo(SituationReading.general());
        assertThat(SituationDetector.english().detect(" \n\t")).isEqualTo(SituationReading.general());
        assertThat(SituationDetector.english().detect("hello there")).isEqualTo(SituationReading.general());
        assertThatThrownBy(() -> SituationDetector.english().detect(null))
                .isInstanceOf(NullPointerException.class).hasMessage("message must not be null");
    }

    @Test
    void badDataFailsWithFileLineAndReason() {
        assertThat(loadError("cue\tlate-parcel\t1\tlate\n").getMessage())
                .startsWith("test-cues.tsv:2: unknown situation 'late-parcel', expected one of delivery-delay, ");
        assertThat(loadError("cue\trefund\tmuch\trefund\n").getMessage())
                .isEqualTo("test-cues.tsv:2: weight must be a number, found 'much'");
        assertThat(loadError("\ncue\trefund\t1\n").getMessage())
                .isEqualTo("test-cues.tsv:3: expected 4 TAB-separated fields (cue<TAB>situation<TAB>weight<TAB>pattern), found 3");
        assertThat(loadError("cue\trefund\t1\t.. refund\n").getMessage())
                .isEqualTo("test-cues.tsv:2: a pattern cannot start or end with the gap '..'");
        assertThat(loadError("cue\trefund\t1\tre*\n").getMessage())
                .isEqualTo("test-cues.tsv:2: prefix 're*' needs at least 3 letters before '*'");
        assertThat(loadError("cue\trefund\t1\tmoney-back\n").getMessage())
                .isEqualTo("test-cues.tsv:2: 'money-back': a word may hold only letters, digits and apostrophes,"
                        + " with one trailing '*' (prefix) or '+' (inflections)");
        assertThat(loadError("rule\trefund\t1\trefund\n").getMessage())
                .isEqualTo("test-cues.tsv:2: unknown record 'rule', expected cue, example, counter, param or precedence");
        assertThat(loadError("precedence\trefund refund\n").getMessage())
                .isEqualTo("test-cues.tsv:2: precedence names 'refund' twice");
        assertThat(loadError("param\tgeneral-prior\t-1\n").getMessage())
                .isEqualTo("test-cues.tsv:2: general-prior must be >= 0, got -1.0");
        assertThatThrownBy(() -> SituationDetector.builder()
                .addCues(new ByteArrayInputStream("cue\trefund\t1\trefund\n".getBytes(StandardCharsets.UTF_8)), "plain.tsv"))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageStartingWith("plain.tsv:1: first line must be '# empathy-situation-cues <version>'");
    }

    @Test
    void anyTextReadsWithoutThrowingAndWithExactOffsets() {
        Random random = new Random(42);
        String alphabet = "ab refund parcel charged \uD83D\uDE00\uD800\uDC00\uDFFF\u0000@#http://x.co ?!.'\u2019\n\t";
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(80);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String message = text.toString();
            SituationReading reading = SituationDetector.english().detect(message);
            assertThat(reading.cues()).allSatisfy(cue -> assertThat(message.substring(cue.start(), cue.end())).isEqualTo(cue.text()));
        }
    }

    @Test
    void timeGrowsLinearlyWithLength() {
        String chunk = "my parcel has not arrived and I was charged twice, still no reply after three calls. ";
        SituationDetector english = SituationDetector.english();
        english.detect(chunk.repeat(2_000)); // warm up
        long small = time(english, chunk.repeat(2_000));
        long large = time(english, chunk.repeat(20_000));
        assertThat(large).as("10x the text in %d ns vs %d ns", large, small).isLessThan(small * 40);
    }

    private static long time(SituationDetector detector, String text) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long started = System.nanoTime();
            detector.detect(text);
            best = Math.min(best, System.nanoTime() - started);
        }
        return best;
    }

    @Test
    void oneDetectorSharedByThreadsReadsAsOneThreadDoes() throws Exception {
        List<String> messages = List.of("my parcel is late", "charged twice", "can't log in", "on hold for an hour",
                "thanks, brilliant service", "the app keeps crashing", "is the network down?", "what time do you open?");
        SituationDetector english = SituationDetector.english();
        List<SituationReading> expected = messages.stream().map(english::detect).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<SituationReading>>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    List<SituationReading> readings = new ArrayList<>();
                    for (int round = 0; round < 200; round++) {
                        readings.clear();
                        messages.forEach(message -> readings.add(english.detect(message)));
                    }
                    return readings;
                }));
            }
            for (Future<List<SituationReading>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
