package dev.empathy.phrase;

import dev.empathy.conversation.ConversationReading;
import dev.empathy.conversation.RepeatedContact;
import dev.empathy.conversation.Role;
import dev.empathy.conversation.TurnReading;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.situation.Situation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Suggests the next agent turn of a thread read by a {@code ConversationReader}: statements from the catalog
 * that no agent has said in the thread yet, and that acknowledge repeated contact or a long wait when the thread
 * shows it. Built on {@link StatementSelector#select} and {@link StatementSelector#opening} with
 * {@link SelectionContext.Builder#used(Iterable)}; the selector's own rules all still apply.
 *
 * <pre>{@code
 * NextTurnSuggestions suggestions = NextTurnSuggestions.english();      // shared, immutable, thread-safe
 * NextTurn next = suggestions.suggest(reading, SelectionContext.builder().channel(Channel.SOCIAL).build());
 * next.opening().text();   // "Having to repeat yourself is exhausting, ... I'm sorry ... I'll update you ..."
 * }</pre>
 *
 * <p>How it works, in order:
 * <ol>
 *   <li><b>Already said</b>: a catalog statement counts as said when an agent turn holds at least 70% of its word
 *       pairs (so rewordings and added names count too); those ids, and the context's used ids, are never
 *       suggested. A suggestion whose rendered text is close to an agent turn in the same way is replaced.</li>
 *   <li><b>Repeated contact</b> ({@link ConversationReading#hasRepeatedContact()}): an acknowledgement, validation
 *       or apology written for {@code repeated-contact}, chosen for the reading of the latest turn that shows it
 *       (or, when nothing fits that reading, the most negative customer turn).</li>
 *   <li><b>Long wait</b> ({@link ConversationReading#longWait()}): the same for {@code long-wait}, of an intent
 *       group (acknowledge and validate are one) not used by step 2; the {@code duration} slot, when the context
 *       has none, is the measured long wait ({@link ConversationReading#measuredLongWait()}: "over 3 hours").</li>
 *   <li>Steps 2 and 3 are skipped when the last customer turn reads as gratitude or satisfaction (not sarcastic):
 *       a settled customer is not reminded of it.</li>
 *   <li><b>Opening</b>: the selector's opening for the last customer turn, minus a step whose intent group
 *       (acknowledge and validate count as one) steps 2 and 3 already fill; acknowledgements first, next steps last.</li>
 * </ol>
 * Time is linear in the thread's length. Instances are immutable and thread-safe.
 */
public final class NextTurnSuggestions {

    private static final int MAX_ROUNDS = 4;
    private static final Set<Intent> LEAD_INTENTS = EnumSet.of(Intent.ACKNOWLEDGE, Intent.VALIDATE, Intent.APOLOGISE);

    private static final class Default {
        static final NextTurnSuggestions ENGLISH = of(StatementSelector.english());
    }

    private final StatementSelector selector;
    private final UsedStatements used;

    private NextTurnSuggestions(StatementSelector selector) {
        this.selector = selector;
        this.used = new UsedStatements(selector.catalog());
    }

    /** {@return the shared instance over {@link StatementSelector#english()}} */
    public static NextTurnSuggestions english() {
        return Default.ENGLISH;
    }

    /**
     * Suggestions chosen by {@code selector} from its catalog.
     *
     * @param selector the selector whose catalog the statements come from; not null
     * @return suggestions over that selector, thread-safe like the selector
     */
    public static NextTurnSuggestions of(StatementSelector selector) {
        return new NextTurnSuggestions(Objects.requireNonNull(selector, "selector must not be null"));
    }

    /**
     * The suggested next agent turn for {@code thread}, in {@code context} (channel, formality, situation, slots,
     * seed; its used ids are added to those found in the thread).
     *
     * @param thread the thread as read by a {@link dev.empathy.conversation.ConversationReader}
     * @param context the selection context for the reply
     * @return the suggestion, its opening with empty text when nothing fits
     */
    public NextTurn suggest(ConversationReading thread, SelectionContext context) {
        Objects.requireNonNull(thread, "thread must not be null");
        Objects.requireNonNull(context, "context must not be null");
        List<String> agentTexts = new ArrayList<>();
        List<Integer> agentTurns = new ArrayList<>();
        for (TurnReading turn : thread.turns()) {
            if (turn.role() == Role.AGENT) {
                agentTexts.add(turn.turn().text());
                agentTurns.add(turn.index());
            }
        }
        List<String> reasons = new ArrayList<>();
        Set<String> usedIds = new LinkedHashSet<>(context.usedIds());
        used.find(agentTexts).forEach((id, at) -> {
            usedIds.add(id);
            reasons.add("an agent already said " + id + " (turn " + agentTurns.get(at) + ")");
        });
        List<Set<Long>> agentGrams = agentTexts.stream().map(UsedStatements::grams).toList();
        Map<Slot, String> slots = slots(thread, context);
        List<Suggestion> chosen = List.of();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<String> leadReasons = new ArrayList<>();
            chosen = compose(thread, context, slots, usedIds, leadReasons);
            List<String> close = chosen.stream().filter(s -> UsedStatements.closeToAny(s.text(), agentGrams)).map(Suggestion::id).toList();
            if (close.isEmpty() || round == MAX_ROUNDS - 1) {
                reasons.addAll(leadReasons);
                break;
            }
            close.forEach(id -> reasons.add("an agent already said something close to " + id));
            usedIds.addAll(close);
        }
        String text = chosen.stream().map(Suggestion::text).collect(Collectors.joining(" "));
        return new NextTurn(new Opening(text, chosen), List.copyOf(usedIds), reasons);
    }

    private List<Suggestion> compose(ConversationReading thread, SelectionContext context, Map<Slot, String> slots,
                                     Set<String> usedIds, List<String> reasons) {
        Set<String> taken = new LinkedHashSet<>(usedIds);
        List<Suggestion> leads = new ArrayList<>();
        boolean settled = thread.lastCustomerTurn().map(turn -> turn.negativeIntensity() == 0
                && turn.emotion().orElseThrow().emotion().isPositive()).orElse(false);
        if (settled && (thread.hasRepeatedContact() || thread.longWait())) {
            reasons.add("the customer's last turn is positive, so earlier repeated contact or waits are not brought up again");
        } else if (thread.hasRepeatedContact()) {
            RepeatedContact latest = thread.repeatedContacts().get(thread.repeatedContacts().size() - 1);
            lead(thread, latest.turn(), Situation.REPEATED_CONTACT, context, slots, taken, leads).ifPresentOrElse(
                    s -> reasons.add("turn " + latest.turn() + " shows repeated contact (" + latest.kind().id() + "): " + s.id() + " acknowledges it"),
                    () -> reasons.add("turn " + latest.turn() + " shows repeated contact, but no repeated-contact statement fits this customer"));
        }
        if (!settled && thread.longWait()) {
            int last = thread.lastCustomerTurn().map(TurnReading::index).orElse(-1);
            lead(thread, last, Situation.LONG_WAIT, context, slots, taken, leads).ifPresentOrElse(
                    s -> reasons.add("the thread shows a long wait: " + s.id() + " acknowledges it"),
                    () -> reasons.add("the thread shows a long wait, but no long-wait statement fits this customer"));
        }
        Opening opening = selector.opening(thread.lastCustomerReading(), contextFor(context, slots, taken).build());
        Set<Intent> leadGroups = EnumSet.noneOf(Intent.class);
        leads.forEach(s -> leadGroups.add(group(s.intent())));
        List<Suggestion> chosen = new ArrayList<>(leads);
        for (Suggestion s : opening.statements()) {
            if (!leadGroups.contains(group(s.intent()))) {
                chosen.add(s);
            }
        }
        chosen.sort(Comparator.comparingInt(s -> rank(s.intent())));
        return chosen;
    }

    /** One statement written for {@code situation}, for the reading of {@code turn} or else the most negative customer turn. */
    private Optional<Suggestion> lead(ConversationReading thread, int turn, Situation situation, SelectionContext context,
                                      Map<Slot, String> slots, Set<String> taken, List<Suggestion> leads) {
        Set<Intent> intents = EnumSet.copyOf(LEAD_INTENTS);
        intents.retainAll(context.intents());
        leads.forEach(s -> intents.removeIf(intent -> group(intent) == group(s.intent())));
        if (intents.isEmpty()) {
            return Optional.empty();
        }
        List<EmotionReading> readings = new ArrayList<>();
        if (turn >= 0) {
            thread.turns().get(turn).emotion().ifPresent(readings::add);
        }
        thread.customerTurns().stream().max(Comparator.comparingDouble(TurnReading::negativeIntensity))
                .filter(t -> t.negativeIntensity() > 0).flatMap(TurnReading::emotion).ifPresent(readings::add);
        for (EmotionReading reading : readings) {
            SelectionContext ask = contextFor(context, slots, taken).situation(situation).count(SelectionContext.MAX_COUNT)
                    .intents(intents.toArray(Intent[]::new)).build();
            for (Suggestion s : selector.select(reading, ask)) {
                if (intents.contains(s.intent())
                        && selector.catalog().statement(s.id()).map(st -> st.situations().contains(situation)).orElse(false)) {
                    leads.add(s);
                    taken.add(s.id());
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }

    /** A builder with everything of {@code context}, these slots and these used ids. */
    private static SelectionContext.Builder contextFor(SelectionContext context, Map<Slot, String> slots, Set<String> used) {
        SelectionContext.Builder builder = SelectionContext.builder().channel(context.channel().orElse(null))
                .formality(context.formality().orElse(null)).situation(context.situation()).locale(context.locale())
                .count(context.count()).seed(context.seed()).used(used);
        slots.forEach(builder::slot);
        if (context.intents().size() < Intent.values().length) {
            builder.intents(context.intents().toArray(Intent[]::new));
        }
        return builder;
    }

    /** The context's slots, with the measured long wait as {@code duration} when the context has none. */
    private static Map<Slot, String> slots(ConversationReading thread, SelectionContext context) {
        Map<Slot, String> slots = new java.util.EnumMap<>(Slot.class);
        slots.putAll(context.slots());
        if (!slots.containsKey(Slot.DURATION)) {
            thread.measuredLongWait().ifPresent(wait -> slots.put(Slot.DURATION, spoken(wait.duration())));
        }
        return slots;
    }

    /** "25 minutes", "over an hour", "3 hours", "over 3 hours", "2 days", "over 2 days". */
    static String spoken(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes < 60) {
            return minutes == 1 ? "a minute" : minutes + " minutes";
        }
        if (minutes < 120) {
            return minutes == 60 ? "an hour" : "over an hour";
        }
        if (duration.toHours() < 48) {
            return (minutes % 60 == 0 ? "" : "over ") + duration.toHours() + " hours";
        }
        return (duration.toHoursPart() == 0 && minutes % 60 == 0 ? "" : "over ") + duration.toDays() + " days";
    }

    private static Intent group(Intent intent) {
        return intent == Intent.VALIDATE ? Intent.ACKNOWLEDGE : intent;
    }

    private static int rank(Intent intent) {
        return switch (intent) {
            case ACKNOWLEDGE, VALIDATE, ACTIVE_LISTENING, WARM_GREETING -> 0;
            case COLLABORATE, FOLLOW_UP, OFFER_OPTIONS -> 2;
            default -> 1;
        };
    }
}
