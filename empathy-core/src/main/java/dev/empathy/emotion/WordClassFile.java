package dev.empathy.emotion;

import dev.empathy.data.DataLines;
import dev.empathy.data.InvalidDataException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The records that the structure files of the lexicon engine share ({@code support-structure.tsv},
 * {@code complaint-structure.tsv}, {@code calm-structure.tsv}), read and validated once here:
 * <ul>
 *   <li>{@code param<TAB>name<TAB>number}: a number in [0, 3] (or [0, the param's maximum]);</li>
 *   <li>{@code words<TAB>class<TAB>word|word ...}: members folded with {@link SupportStructure#fold}, one word each
 *       unless the class is a phrase class; several lines of one class add up;</li>
 *   <li>{@code example<TAB>emotion<TAB>message}: checked for its shape here, run by the build's example tests.</li>
 * </ul>
 * Every param and every class named by the caller is required; anything else fails with file:line and reason.
 * The result is immutable.
 *
 * @param params the value of every required param
 * @param words the folded members of every required class
 */
record WordClassFile(Map<String, Double> params, Map<String, Set<String>> words) {

    WordClassFile {
        params = Map.copyOf(params);
        words = Map.copyOf(words);
    }

    /** The value of a required param. */
    double param(String name) {
        return params.get(name);
    }

    /**
     * Reads {@code lines}.
     *
     * @param params the params the file must set, each once or more (the last wins)
     * @param maxima a maximum below 3 for some params, by name (empty for none)
     * @param classes the word classes the file must fill
     * @param phraseClasses the classes whose members may hold several words
     */
    static WordClassFile read(DataLines lines, List<String> params, Map<String, Double> maxima, List<String> classes,
                              Set<String> phraseClasses) {
        Map<String, Double> values = new HashMap<>();
        Map<String, Set<String>> words = new HashMap<>();
        for (DataLines.Line line : lines.records()) {
            String[] fields = line.fields();
            switch (fields[0].strip()) {
                case "param" -> {
                    DataFields.expect(lines, line, fields.length == 3, "expected 'param<TAB>name<TAB>number'");
                    String name = fields[1].strip();
                    if (!params.contains(name)) { // messages built only on failure: no string work per line (start-up)
                        throw failure(lines, line, "unknown param '" + name + "', expected one of " + params);
                    }
                    double value = DataFields.weight(lines, line, fields[2].strip());
                    Double max = maxima.get(name);
                    if (max != null && value > max) {
                        throw failure(lines, line, name + " must be in [0, " + plain(max) + "], found " + fields[2].strip());
                    }
                    values.put(name, value);
                }
                case "words" -> {
                    DataFields.expect(lines, line, fields.length == 3, "expected 'words<TAB>class<TAB>word|word ...'");
                    String name = fields[1].strip();
                    if (!classes.contains(name)) {
                        throw failure(lines, line, "unknown class '" + name + "', expected one of " + classes);
                    }
                    Set<String> members = words.get(name); // no lambda on the load path (start-up time, issue 17)
                    if (members == null) {
                        members = new HashSet<>();
                        words.put(name, members);
                    }
                    for (String member : fields[2].split("\\|")) {
                        String folded = SupportStructure.fold(member);
                        if (folded.isEmpty()) {
                            throw failure(lines, line, "empty member in '" + fields[2] + "'");
                        }
                        if (!(phraseClasses.contains(name) || folded.indexOf(' ') < 0)) {
                            throw failure(lines, line, "a member of '" + name + "' is one word, found '" + member.strip() + "'");
                        }
                        members.add(folded);
                    }
                }
                case "example" -> DataFields.expect(lines, line, fields.length == 3, "expected 'example<TAB>emotion<TAB>message'");
                default -> throw failure(lines, line, "unknown record '" + fields[0].strip() + "', expected param, words or example");
            }
        }
        requireAll(lines, params, values.keySet(), "missing param '");
        requireAll(lines, classes, words.keySet(), "missing words of class '");
        Map<String, Set<String>> frozen = new HashMap<>();
        for (Map.Entry<String, Set<String>> entry : words.entrySet()) {
            frozen.put(entry.getKey(), Set.copyOf(entry.getValue()));
        }
        return new WordClassFile(values, frozen);
    }

    private static void requireAll(DataLines lines, Collection<String> required, Set<String> present, String message) {
        for (String name : required) {
            if (!present.contains(name)) {
                throw new InvalidDataException(lines.source(), 0, message + name + "'");
            }
        }
    }

    private static InvalidDataException failure(DataLines lines, DataLines.Line line, String message) {
        return new InvalidDataException(lines.source(), line.number(), message);
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
