package dev.empathy.model;

import dev.empathy.data.DataLines;
import dev.empathy.data.InvalidDataException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The negators and scope ends of {@code model-negation.tsv}. Immutable and thread-safe. */
final class NegationTerms {

    static final String FORMAT = "empathy-negation";
    static final String RESOURCE = "/dev/empathy/emotion/en/model-negation.tsv";

    private static final class Holder {
        static final NegationTerms ENGLISH = load(DataLines.resource(NegationTerms.class, RESOURCE, FORMAT, 1));
    }

    private final Set<String> negators;
    private final Set<String> scopeEnds;

    private NegationTerms(Set<String> negators, Set<String> scopeEnds) {
        this.negators = Set.copyOf(negators);
        this.scopeEnds = Set.copyOf(scopeEnds);
    }

    static NegationTerms english() {
        return Holder.ENGLISH;
    }

    static NegationTerms load(DataLines file) {
        Set<String> negators = new HashSet<>();
        Set<String> scopeEnds = new HashSet<>();
        for (DataLines.Line line : file.records()) {
            String[] fields = line.fields();
            if (fields.length != 2) {
                throw new InvalidDataException(file.source(), line.number(),
                        "expected 2 TAB-separated fields (term, kind), found " + fields.length);
            }
            String term = fields[0].strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            if (term.isEmpty() || term.chars().anyMatch(Character::isWhitespace)) {
                throw new InvalidDataException(file.source(), line.number(), "term must be one token, found '" + fields[0] + "'");
            }
            Set<String> target = switch (fields[1].strip()) {
                case "negator" -> negators;
                case "scope-end" -> scopeEnds;
                default -> throw new InvalidDataException(file.source(), line.number(),
                        "unknown kind '" + fields[1].strip() + "', expected negator or scope-end");
            };
            if (negators.contains(term) || scopeEnds.contains(term)) {
                throw new InvalidDataException(file.source(), line.number(), "duplicate term '" + term + "'");
            }
            target.add(term);
        }
        return new NegationTerms(negators, scopeEnds);
    }

    boolean isNegator(String key) {
        return negators.contains(key);
    }

    boolean endsScope(String key) {
        return scopeEnds.contains(key);
    }
}
