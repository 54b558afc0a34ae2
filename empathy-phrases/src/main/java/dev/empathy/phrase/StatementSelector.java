package dev.empathy.phrase;

import dev.empathy.situation.Situation;
import dev.empathy.emotion.Emotion;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.emotion.SignalType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Chooses empathy statements that fit a customer's emotion reading and the reply's context, and composes a
 * suggested opening. Immutable and thread-safe: build one and share it.
 *
 * <pre>{@code
 * StatementSelector selector = StatementSelector.english();
 * SelectionContext context = SelectionContext.builder()
 *         .channel(Channel.CHAT).name("Sam").message(customerMessage)   // situation: detected in the reading
 *         .build();
 * List<Suggestion> ranked = selector.select(reading, context);   // up to 3, distinct intents first
 * Opening opening = selector.opening(reading, context);          // e.g. acknowledge + apologise + next step
 * }</pre>
 *
 * <p>First the selector decides what it is answering: the context's situation, else the one detected in the
 * reading (said in the reasons); and whether the message carries a complaint, grief or a sarcasm signal, in
 * which case no cheerful statement (encouragement, greeting, exclamation, "great news") is offered and a
 * positive reading is answered as the grief, the sarcasm or the complaint (said in the reasons).
 *
 * <p>Rules, applied to every statement before ranking:
 * <ul>
 *   <li>the statement's locale matches the context's (exact tag, else its language);</li>
 *   <li>its channel, formality and situation tags admit the context's ({@code general} admits every situation;
 *       a long-wait or repeated-contact signal in the reading also admits those situations). A context without
 *       a channel admits only statements tagged for every channel, one without a formality only statements
 *       tagged neutral;</li>
 *   <li>the emotion answered is in its {@code suits} and not in its {@code never-for}; nor is any
 *       other negative emotion scoring at least {@value #SECONDARY_EMOTION_SHARE} of the message;</li>
 *   <li>the reading's intensity lies in its intensity range;</li>
 *   <li>its intent fits the emotion ({@code intent-fit.tsv}) and is one the context allows;</li>
 *   <li>it is not cheerful when the message carries a complaint, grief or sarcasm;</li>
 *   <li>its id is not among the context's used ids.</li>
 * </ul>
 * Ranking puts statements written for the situation first, then prefers intents that fit the emotion best,
 * statements written for the emotion, the channel and the formality, intensities near the middle of the range,
 * de-escalation when the reading signals escalation risk, and adds a seeded variation among statements that fit
 * about equally well. The same reading, context and seed always give the same result; without a seed in the
 * context, the seed comes from the message (or the reading), so different customers get different statements.
 */
public final class StatementSelector {

    /** A negative emotion other than the primary one counts for never-for tags from this score on. */
    public static final double SECONDARY_EMOTION_SHARE = 0.25;

    private static final double LOW_INTENSITY = 0.35;

    private static final class Default {
        static final StatementSelector ENGLISH = of(PhraseCatalog.english());
    }

    private final PhraseCatalog catalog;
    private final IntentFit fit;
    private final CandidateScorer scorer;

    private StatementSelector(PhraseCatalog catalog, IntentFit fit) {
        this.catalog = catalog;
        this.fit = fit;
        this.scorer = new CandidateScorer(fit);
    }

    /** {@return the shared selector over {@link PhraseCatalog#english()}} */
    public static StatementSelector english() {
        return Default.ENGLISH;
    }

    /**
     * {@return a selector over {@code catalog}, with the built-in intent weights}
     *
     * @param catalog the catalog to choose from; not null
     */
    public static StatementSelector of(PhraseCatalog catalog) {
        return new StatementSelector(Objects.requireNonNull(catalog, "catalog must not be null"), IntentFit.builtIn());
    }

    /** {@return the catalog this selector chooses from} */
    public PhraseCatalog catalog() {
        return catalog;
    }

    /**
     * Up to {@link SelectionContext#count()} statements that fit, best first, each rendered with the context's
     * slot values. Distinct intents come first; a second statement of an intent only when no other intent fits.
     * Empty when nothing fits (e.g. a locale the catalog lacks).
     *
     * @param reading the customer's message as read by an emotion classifier
     * @param context the channel, formality, slots, locale, count, used ids and seed
     * @return the chosen statements, best first; unmodifiable, possibly empty
     */
    public List<Suggestion> select(EmotionReading reading, SelectionContext context) {
        Objects.requireNonNull(reading, "reading must not be null");
        Objects.requireNonNull(context, "context must not be null");
        Entry[] entries = catalog.entries(context.locale());
        CustomerView view = new CustomerView(reading, context);
        double[] scores = scorer.score(entries, reading, view, context);
        int wanted = context.count();
        List<Suggestion> chosen = new ArrayList<>(wanted);
        boolean[] taken = new boolean[entries.length];
        int intentsTaken = 0;
        for (int pass = 0; pass < 2 && chosen.size() < wanted; pass++) {
            while (chosen.size() < wanted) {
                int best = -1;
                for (int i = 0; i < entries.length; i++) {
                    if (!taken[i] && scores[i] >= 0 && (pass == 1 || (intentsTaken & (1 << entries[i].intent)) == 0)
                            && better(i, best, scores, entries)) {
                        best = i;
                    }
                }
                if (best < 0) {
                    break;
                }
                taken[best] = true;
                intentsTaken |= 1 << entries[best].intent;
                chosen.add(suggestion(entries[best], scores[best], reading, view, context));
            }
        }
        return List.copyOf(chosen);
    }

    /**
     * {@return a suggested opening of one to three statements} For a customer with a negative emotion: an acknowledgement
     * or validation first, then (from intensity {@value #LOW_INTENSITY} on) an apology, reassurance or
     * de-escalation, then a next step (collaborate, follow up or offer options). For gratitude and satisfaction:
     * thanks or encouragement, then a next step. For a plain problem report (neutral, about a problem situation or
     * with a wait or repeat signal): an acknowledgement or validation of the problem, then a next step, never a
     * greeting or a generic thank-you; for any other neutral message: a greeting, acknowledgement or thanks,
     * then a next step. Never two statements with the same intent; a step with nothing that fits is left out.
     *
     * @param reading the customer's message as read by an emotion classifier
     * @param context the channel, formality, slots, locale, used ids and seed
     */
    public Opening opening(EmotionReading reading, SelectionContext context) {
        Objects.requireNonNull(reading, "reading must not be null");
        Objects.requireNonNull(context, "context must not be null");
        Entry[] entries = catalog.entries(context.locale());
        CustomerView view = new CustomerView(reading, context);
        double[] scores = scorer.score(entries, reading, view, context);
        List<Suggestion> chosen = new ArrayList<>(3);
        int intentsTaken = 0;
        for (Set<Intent> step : plan(view, reading.intensity())) {
            int allowed = Entry.mask(step) & ~intentsTaken;
            int best = -1;
            for (int i = 0; i < entries.length; i++) {
                if (scores[i] >= 0 && (allowed & (1 << entries[i].intent)) != 0 && better(i, best, scores, entries)) {
                    best = i;
                }
            }
            if (best >= 0) {
                intentsTaken |= 1 << entries[best].intent;
                chosen.add(suggestion(entries[best], scores[best], reading, view, context));
            }
        }
        StringBuilder text = new StringBuilder();
        for (Suggestion suggestion : chosen) {
            text.append(text.length() == 0 ? "" : " ").append(suggestion.text());
        }
        return new Opening(text.toString(), chosen);
    }

    private static List<Set<Intent>> plan(CustomerView view, double intensity) {
        Emotion emotion = view.emotion;
        Set<Intent> next = EnumSet.of(Intent.COLLABORATE, Intent.FOLLOW_UP, Intent.OFFER_OPTIONS);
        if (emotion == Emotion.NEUTRAL) {
            return view.problemReport ? List.of(EnumSet.of(Intent.ACKNOWLEDGE, Intent.VALIDATE), next)
                    : List.of(EnumSet.of(Intent.WARM_GREETING, Intent.ACKNOWLEDGE, Intent.THANK), next);
        }
        if (emotion.isPositive()) {
            return List.of(EnumSet.of(Intent.THANK, Intent.ENCOURAGE, Intent.WARM_GREETING),
                    EnumSet.of(Intent.OFFER_OPTIONS, Intent.FOLLOW_UP));
        }
        Set<Intent> lead = EnumSet.of(Intent.ACKNOWLEDGE, Intent.VALIDATE);
        if (intensity < LOW_INTENSITY) {
            return List.of(lead, next);
        }
        Set<Intent> middle = switch (emotion) {
            case ANGER -> EnumSet.of(Intent.DE_ESCALATE, Intent.APOLOGISE, Intent.REASSURE);
            case ANXIETY, SADNESS -> EnumSet.of(Intent.REASSURE, Intent.VALIDATE);
            case CONFUSION -> EnumSet.of(Intent.REASSURE, Intent.APOLOGISE);
            default -> EnumSet.of(Intent.APOLOGISE, Intent.VALIDATE, Intent.REASSURE, Intent.DE_ESCALATE);
        };
        return List.of(lead, middle, next);
    }

    /** Higher score wins; ties go to the entry earlier in the catalog, so results never depend on hashing. */
    private static boolean better(int candidate, int best, double[] scores, Entry[] entries) {
        return best < 0 || scores[candidate] > scores[best];
    }

    private Suggestion suggestion(Entry entry, double score, EmotionReading reading, CustomerView view,
                                  SelectionContext context) {
        Statement statement = entry.statement;
        Emotion emotion = view.emotion;
        List<String> reasons = new ArrayList<>(8);
        if (view.emotionReason != null) {
            reasons.add(view.emotionReason);
        }
        reasons.add(statement.intent().id() + " fits " + emotion.id() + " (weight "
                + format(fit.weight(emotion, entry.intent)) + ")");
        reasons.add("intensity " + format(reading.intensity()) + " is within " + format(statement.minIntensity()) + "-"
                + format(statement.maxIntensity()));
        if (statement.suits().size() <= 3) {
            reasons.add("written for " + emotion.id());
        }
        Situation situation = view.situation;
        if (situation != Situation.GENERAL && statement.situations().contains(situation)) {
            if (view.situationReason != null) {
                reasons.add(view.situationReason);
            }
            reasons.add("written for " + situation.id());
        }
        if (reading.has(SignalType.LONG_WAIT) && statement.situations().contains(Situation.LONG_WAIT)) {
            reasons.add("the customer has waited long");
        }
        if (reading.has(SignalType.REPEATED_CONTACT) && statement.situations().contains(Situation.REPEATED_CONTACT)) {
            reasons.add("the customer has contacted us before");
        }
        if (reading.has(SignalType.ESCALATION_RISK) && statement.intent() == Intent.DE_ESCALATE) {
            reasons.add("the message signals escalation risk");
        }
        Channel channel = context.channelOrNull();
        if (channel != null && statement.channels().size() < Channel.values().length) {
            reasons.add("written for " + channel.id());
        }
        Formality formality = context.formalityOrNull();
        if (formality != null && statement.formalities().size() < Formality.values().length) {
            reasons.add("written in a " + formality.id() + " register");
        }
        for (MessageSlots.Evidence evidence : context.slotsFromMessage()) {
            if (entry.uses(evidence.slot())) {
                reasons.add(evidence.slot().id() + " \"" + evidence.value() + "\" from the message (\"" + evidence.text()
                        + "\" at " + evidence.start() + "-" + evidence.end() + ")");
            }
        }
        return new Suggestion(statement.id(), entry.template.render(context.slotValues()), statement.intent(),
                score, reasons);
    }

    /** {@code value} with two decimals, e.g. {@code "0.60"}; cheaper than String.format on the hot path. */
    static String format(double value) {
        long hundredths = Math.round(value * 100);
        long fraction = hundredths % 100;
        return (hundredths / 100) + (fraction < 10 ? ".0" : ".") + fraction;
    }
}
