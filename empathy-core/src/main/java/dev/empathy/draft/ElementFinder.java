package dev.empathy.draft;

import dev.empathy.emotion.EmotionReading;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The third stage of the check: the empathy elements a draft contains and those this customer needs and
 * it lacks. A next-step cue counts only with a time frame in its sentence ("I'll call you" + "by Friday"),
 * and its span then takes the time frame in; a cue inside a finding counts for nothing ("I understand, but
 * that's policy" is no acknowledgement). A missing element gets a statement from the first provider that
 * has one. Immutable and thread-safe; providers are called from the checking thread.
 */
final class ElementFinder {

    private static final Logger LOG = LoggerFactory.getLogger(ElementFinder.class);

    private final ElementCues cues;
    private final List<EmpathyStatementProvider> providers;

    /** A finder over these cues and needs, asking these providers (in order) for missing statements. */
    ElementFinder(ElementCues cues, List<EmpathyStatementProvider> providers) {
        this.cues = cues;
        this.providers = List.copyOf(providers);
    }

    /** The elements shown by {@code cueHits} outside {@code findings}: per element leftmost-longest, in text order. */
    List<ElementSpan> elements(String draft, List<Hit<ElementCue>> cueHits, List<Finding> findings) {
        Map<Integer, int[]> timeFrameBySentence = new HashMap<>(); // sentence -> {first start, last end} of its time frames
        for (Hit<ElementCue> hit : cueHits) {
            if (hit.owner().isTimeFrame()) {
                int[] frame = timeFrameBySentence.computeIfAbsent(hit.sentence(), s -> new int[] {hit.start(), hit.end()});
                frame[0] = Math.min(frame[0], hit.start());
                frame[1] = Math.max(frame[1], hit.end());
            }
        }
        FindingSpans findingSpans = new FindingSpans(findings);
        List<Hit<ElementCue>> hits = new ArrayList<>();
        for (Hit<ElementCue> hit : cueHits) {
            ElementCue cue = hit.owner();
            if (cue.isTimeFrame() || findingSpans.overlaps(hit.start(), hit.end())) {
                continue;
            }
            if (cue.element() == EmpathyElement.NEXT_STEP && !cue.alone()) {
                int[] frame = timeFrameBySentence.get(hit.sentence());
                if (frame == null) {
                    continue;
                }
                hit = hit.withSpan(Math.min(hit.start(), frame[0]), Math.max(hit.end(), frame[1]));
            }
            hits.add(hit);
        }
        List<ElementSpan> elements = new ArrayList<>();
        for (EmpathyElement element : EmpathyElement.values()) {
            List<Hit<ElementCue>> ofElement = hits.stream().filter(hit -> hit.owner().element() == element).toList();
            for (Hit<ElementCue> hit : Hit.leftmostLongest(ofElement)) {
                elements.add(new ElementSpan(element, hit.start(), hit.end(), draft.substring(hit.start(), hit.end())));
            }
        }
        elements.sort(Comparator.comparingInt(ElementSpan::start).thenComparing(ElementSpan::element));
        return elements;
    }

    /** The elements {@code customer}'s emotion needs (in {@code needs.tsv} order) that {@code elements} lack; none without a customer. */
    List<MissingElement> missing(List<ElementSpan> elements, EmotionReading customer) {
        if (customer == null) {
            return List.of();
        }
        Set<EmpathyElement> present = EnumSet.noneOf(EmpathyElement.class);
        elements.forEach(span -> present.add(span.element()));
        List<MissingElement> missing = new ArrayList<>();
        for (ElementCues.Need need : cues.needsOf(customer.emotion())) {
            if (!present.contains(need.element())) {
                missing.add(new MissingElement(need.element(), need.reason(), statementFor(need.element(), customer)));
            }
        }
        return missing;
    }

    private Optional<String> statementFor(EmpathyElement element, EmotionReading customer) {
        for (EmpathyStatementProvider provider : providers) {
            try {
                Optional<String> statement = provider.statementFor(element, customer);
                if (statement != null && statement.isPresent()) {
                    return statement;
                }
            } catch (RuntimeException e) {
                // the exception's class only: its message could quote customer text from the reading
                LOG.warn("statement provider {} failed for element {}: {}", provider.getClass().getName(), element.id(),
                        e.getClass().getName());
            }
        }
        return Optional.empty();
    }
}
