package dev.empathy.draft;

import dev.empathy.data.DataLines;
import dev.empathy.data.InvalidDataException;
import dev.empathy.internal.draft.PatternCompiler;
import dev.empathy.internal.draft.TokenPattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Named contexts that cancel a rule's match ({@code guards.tsv}, {@code # empathy-guards 1}): a request
 * ("please", "could you") before "make sure you" makes it no command; a way forward ("you can", "I'll") after
 * "we can't" makes it no dead end. A rule lists the guards that cancel it in its {@code unless} field.
 * Immutable once loaded.
 *
 * <p>Records: {@code name<TAB>scope<TAB>pattern<TAB>example}; scope is where the guard must occur relative
 * to the match: {@code before} (earlier in the same sentence), {@code sentence} (anywhere in it),
 * {@code after} (anywhere after the match, in any later sentence too) or {@code draft} (anywhere).
 */
final class Guards {

    /** The format name on the guards file's first line. */
    static final String FORMAT = "empathy-guards";

    /** Where a guard must occur relative to the match it cancels. */
    enum Scope { BEFORE, SENTENCE, AFTER, DRAFT }

    /** One guard; {@code index} is its position in {@link #all()}. */
    record Guard(String name, Scope scope, List<TokenPattern> patterns, String example, int index) {
    }

    private final List<Guard> all;
    private final Map<String, Guard> byName;

    private Guards(List<Guard> all) {
        this.all = List.copyOf(all);
        Map<String, Guard> names = new LinkedHashMap<>();
        all.forEach(guard -> names.put(guard.name(), guard));
        this.byName = java.util.Collections.unmodifiableMap(names);
    }

    /** Reads and validates a guards file; the first malformed line fails with file, line and reason. */
    static Guards load(DataLines data, PatternCompiler compiler) {
        List<Guard> guards = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (DataLines.Line line : data.records()) {
            String[] f = line.fields();
            if (f.length != 4) {
                throw new InvalidDataException(data.source(), line.number(), "expected 4 TAB-separated fields (name, scope, pattern, example), found " + f.length);
            }
            String name = f[0].strip();
            if (!name.matches("[a-z][a-z0-9-]*")) {
                throw new InvalidDataException(data.source(), line.number(), "guard name must be lower-case letters, digits and '-', found '" + name + "'");
            }
            if (seen.containsKey(name)) {
                throw new InvalidDataException(data.source(), line.number(), "duplicate guard '" + name + "', first defined at line " + seen.get(name));
            }
            seen.put(name, line.number());
            Scope scope;
            try {
                scope = Scope.valueOf(f[1].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidDataException(data.source(), line.number(), "unknown scope '" + f[1].strip() + "', expected before, sentence, after or draft");
            }
            List<TokenPattern> patterns;
            try {
                patterns = compiler.compile(f[2]);
            } catch (IllegalArgumentException e) {
                throw new InvalidDataException(data.source(), line.number(), "broken pattern '" + f[2].strip() + "': " + e.getMessage());
            }
            if (f[3].isBlank()) {
                throw new InvalidDataException(data.source(), line.number(), "empty example");
            }
            guards.add(new Guard(name, scope, patterns, f[3].strip(), guards.size()));
        }
        return new Guards(guards);
    }

    /** Every guard, in file order. */
    List<Guard> all() {
        return all;
    }

    /** The guard called {@code name}, or null. */
    Guard named(String name) {
        return byName.get(name);
    }

    /** Every guard name, for error messages. */
    String names() {
        return String.join(", ", byName.keySet());
    }
}
