package dev.empathy.draft;

import dev.empathy.data.DataLines;
import dev.empathy.data.InvalidDataException;
import dev.empathy.emotion.Emotion;
import dev.empathy.internal.draft.PatternCompiler;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The cues of empathy elements ({@code elements.tsv}, {@code # empathy-elements 1}) and which elements
 * each customer emotion needs ({@code needs.tsv}, {@code # empathy-needs 1}). Immutable once loaded.
 *
 * <p>{@code elements.tsv} records: {@code element<TAB>pattern<TAB>example[<TAB>counter[<TAB>scope]]}, where
 * element is an {@link EmpathyElement#id()} or {@code time-frame}; a {@code next-step} cue counts only when a
 * {@code time-frame} cue is in the same sentence. The optional counter-example ({@code -} for none) must not
 * yield the element; the optional scope is {@code any} (default) or {@code question}: the cue counts only in
 * a sentence that ends with a question mark; {@code alone} (next-step only) marks a follow-up commitment that
 * counts without a time frame. {@code needs.tsv} records:
 * {@code emotion<TAB>element<TAB>reason}.
 */
final class ElementCues {

    static final String TIME_FRAME = "time-frame";

    /** An element a customer emotion needs, and why. */
    record Need(EmpathyElement element, String reason) {
    }

    private final List<ElementCue> cues;
    private final Map<Emotion, List<Need>> needs;

    private ElementCues(List<ElementCue> cues, Map<Emotion, List<Need>> needs) {
        this.cues = List.copyOf(cues);
        this.needs = needs;
    }

    /** Reads and validates both files; the first malformed line fails with file, line and reason. */
    static ElementCues load(DataLines elements, DataLines needsData, PatternCompiler compiler) {
        List<ElementCue> cues = new ArrayList<>();
        for (DataLines.Line line : elements.records()) {
            String[] f = line.fields();
            if (f.length < 3 || f.length > 5) {
                throw new InvalidDataException(elements.source(), line.number(),
                        "expected 3 to 5 TAB-separated fields (element, pattern, example, counter, scope), found " + f.length);
            }
            EmpathyElement element = f[0].strip().equals(TIME_FRAME) ? null : element(elements.source(), line.number(), f[0]);
            String counter = f.length > 3 && !f[3].strip().equals("-") ? f[3].strip() : "";
            String scope = f.length > 4 ? f[4].strip() : "any";
            if (!scope.equals("any") && !scope.equals("question") && !(scope.equals("alone") && element == EmpathyElement.NEXT_STEP)) {
                throw new InvalidDataException(elements.source(), line.number(),
                        "scope must be 'any', 'question' or (next-step only) 'alone', found '" + scope + "'");
            }
            if (f[2].isBlank()) {
                throw new InvalidDataException(elements.source(), line.number(), "the example must not be empty");
            }
            try {
                cues.add(new ElementCue(element, compiler.compile(f[1]), f[2].strip(), counter, scope.equals("question"), scope.equals("alone"), line.number()));
            } catch (IllegalArgumentException e) {
                throw new InvalidDataException(elements.source(), line.number(), "broken pattern '" + f[1].strip() + "': " + e.getMessage());
            }
        }
        Map<Emotion, List<Need>> needs = new EnumMap<>(Emotion.class);
        for (DataLines.Line line : needsData.records()) {
            String[] f = line.fields();
            if (f.length != 3 || f[2].isBlank()) {
                throw new InvalidDataException(needsData.source(), line.number(), "expected 3 TAB-separated fields (emotion, element, reason)");
            }
            Emotion emotion;
            try {
                emotion = Emotion.fromId(f[0]);
            } catch (IllegalArgumentException e) {
                throw new InvalidDataException(needsData.source(), line.number(), e.getMessage());
            }
            needs.computeIfAbsent(emotion, e -> new ArrayList<>()).add(new Need(element(needsData.source(), line.number(), f[1]), f[2].strip()));
        }
        needs.replaceAll((emotion, list) -> List.copyOf(list));
        return new ElementCues(cues, needs);
    }

    private static EmpathyElement element(String source, int line, String id) {
        for (EmpathyElement element : EmpathyElement.values()) {
            if (element.id().equals(id.strip())) {
                return element;
            }
        }
        throw new InvalidDataException(source, line, "unknown element '" + id.strip() + "'");
    }

    /** Every cue, in file order. */
    List<ElementCue> cues() {
        return cues;
    }

    List<Need> needsOf(Emotion emotion) {
        return needs.getOrDefault(emotion, List.of());
    }
}
