package dev.empathy.phrase;

import dev.empathy.emotion.Cue;
import dev.empathy.emotion.Emotion;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.emotion.SentenceReading;
import dev.empathy.emotion.Signal;
import dev.empathy.emotion.SignalType;
import dev.empathy.situation.Situation;
import dev.empathy.situation.SituationCue;
import dev.empathy.situation.SituationReading;

/**
 * The first stage of a selection: what the selector takes the customer's message to be, from the reading and
 * the context. Immutable; built once per call.
 *
 * <ul>
 *   <li>situation: the context's, else the one detected in the reading;</li>
 *   <li>no cheer: the message carries a complaint (a negative emotion other than confusion scoring at least
 *       {@value StatementSelector#SECONDARY_EMOTION_SHARE}, a problem situation detected in it, a wait, repeat or
 *       escalation signal), grief (sadness at that share, or bereavement) or a sarcasm signal;</li>
 *   <li>emotion: the reading's, except that a positive reading of a message with no cheer is answered as the
 *       grief (sadness), the sarcasm (frustration), the strongest negative emotion, or a plain problem (neutral);</li>
 *   <li>problem report: a problem situation, or a wait or repeat signal;</li>
 *   <li>seed: the context's, else one derived from the reading's content.</li>
 * </ul>
 */
final class CustomerView {

    final Emotion emotion;
    /** Why the emotion differs from the reading's, or null. */
    final String emotionReason;
    final Situation situation;
    /** True if the situation was detected in the message rather than given. */
    final boolean situationDetected;
    /** "situation refund detected in the message ("refund", "money back")", or null. */
    final String situationReason;
    final boolean noCheer;
    final boolean problemReport;
    final long seed;

    CustomerView(EmotionReading reading, SelectionContext context) {
        SituationReading detected = reading.situation();
        if (context.situation() != Situation.GENERAL || detected.isGeneral()) {
            situation = context.situation();
            situationDetected = false;
            situationReason = null;
        } else {
            situation = detected.situation();
            situationDetected = true;
            situationReason = "situation " + situation.id() + " detected in the message" + quoted(detected);
        }
        boolean sarcasm = reading.has(SignalType.SARCASM);
        boolean grief = situation == Situation.BEREAVEMENT || reading.emotion() == Emotion.SADNESS
                || reading.score(Emotion.SADNESS) >= StatementSelector.SECONDARY_EMOTION_SHARE;
        problemReport = isProblem(situation) || reading.has(SignalType.LONG_WAIT) || reading.has(SignalType.REPEATED_CONTACT);
        Emotion strongestNegative = strongestNegative(reading);
        // a problem situation detected in this message's words is a complaint; one given by the context (a ticket
        // category) may be a case the customer now reports solved, so it does not stop thanks on its own
        boolean complaint = (reading.emotion().isNegative() && reading.emotion() != Emotion.CONFUSION)
                || strongestNegative != null || (situationDetected && isProblem(situation))
                || reading.has(SignalType.LONG_WAIT) || reading.has(SignalType.REPEATED_CONTACT)
                || reading.has(SignalType.ESCALATION_RISK);
        noCheer = sarcasm || grief || complaint;
        if (!reading.emotion().isPositive() || !noCheer) {
            emotion = reading.emotion();
            emotionReason = null;
        } else if (grief) {
            emotion = Emotion.SADNESS;
            emotionReason = "answered as sadness, not " + reading.emotion().id() + ": the message carries grief";
        } else if (sarcasm) {
            emotion = Emotion.FRUSTRATION;
            emotionReason = "answered as frustration, not " + reading.emotion().id() + ": the message carries a sarcasm signal";
        } else if (strongestNegative != null) {
            emotion = strongestNegative;
            emotionReason = "answered as " + emotion.id() + ", not " + reading.emotion().id() + ": the message carries a complaint";
        } else {
            emotion = Emotion.NEUTRAL;
            emotionReason = "answered as a plain problem report, not " + reading.emotion().id()
                    + ": the message is about " + situation.id();
        }
        seed = context.hasSeed() ? context.seed() : readingSeed(reading);
    }

    /** True for situations that are a problem to acknowledge; general and praise-feedback are not. */
    static boolean isProblem(Situation situation) {
        return situation != Situation.GENERAL && situation != Situation.PRAISE_FEEDBACK;
    }

    private static Emotion strongestNegative(EmotionReading reading) {
        Emotion best = null;
        for (Emotion emotion : Emotion.values()) {
            if (emotion.isNegative() && emotion != Emotion.CONFUSION
                    && reading.score(emotion) >= StatementSelector.SECONDARY_EMOTION_SHARE
                    && (best == null || reading.score(emotion) > reading.score(best))) {
                best = emotion;
            }
        }
        return best;
    }

    /** Up to three cue texts, e.g. {@code (" \"parcel\", \"hasn't arrived\"")}, or empty. */
    private static String quoted(SituationReading detected) {
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (SituationCue cue : detected.cues()) {
            if (n == 3) {
                break;
            }
            out.append(n++ == 0 ? " (" : ", ").append('"').append(cue.text()).append('"');
        }
        return n == 0 ? "" : out.append(')').toString();
    }

    /** A stable seed from what the reading holds of the message: its cue and signal texts and spans. */
    static long readingSeed(EmotionReading reading) {
        long hash = 0xcbf29ce484222325L;
        for (Cue cue : reading.cues()) {
            hash = mixIn(mixIn(hash, cue.start()), cue.text().hashCode());
        }
        for (Signal signal : reading.signals()) {
            hash = mixIn(mixIn(hash, signal.start()), signal.text().hashCode());
        }
        for (SituationCue cue : reading.situation().cues()) {
            hash = mixIn(mixIn(hash, cue.start()), cue.text().hashCode());
        }
        for (SentenceReading sentence : reading.sentences()) {
            hash = mixIn(hash, sentence.end());
        }
        hash = mixIn(hash, Double.hashCode(reading.intensity()));
        return mixIn(hash, reading.emotion().ordinal());
    }

    private static long mixIn(long hash, int value) {
        return (hash ^ value) * 0x100000001b3L;
    }
}
