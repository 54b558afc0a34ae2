package dev.empathy.emotion;

import dev.empathy.data.DataLines;
import dev.empathy.data.InvalidDataException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word classes and numbers that keep a calm message calm ({@link PersistenceStage}, {@link CalmRequestStage}),
 * loaded from {@code calm-structure.tsv} ({@code # empathy-calm-structure 1}):
 * <ul>
 *   <li>{@code param<TAB>name<TAB>number}: {@code request.cap} (the most frustration a calm request holds, as a
 *       share of the neutral prior; 1 switches the cap off) and {@code request.strong} (the base weight from which a
 *       frustration word is felt, not named);</li>
 *   <li>{@code words<TAB>class<TAB>word|word ...}: {@code persistence} ("still") and {@code rhetorical} ("why"),
 *       one word each, folded ({@link SupportStructure#fold});</li>
 *   <li>{@code example<TAB>emotion<TAB>message}: the full classifier must read the message so (run by the build).</li>
 * </ul>
 * Every param and class is required. Immutable and thread-safe.
 */
final class CalmStructure {

    static final String FORMAT = "empathy-calm-structure";

    private static final List<String> CLASSES = List.of("persistence", "rhetorical");
    private static final List<String> PARAMS = List.of("request.cap", "request.strong");

    final double requestCap;
    final double requestStrong;
    private final Map<String, Set<String>> words;

    private CalmStructure(double requestCap, double requestStrong, Map<String, Set<String>> words) {
        this.requestCap = requestCap;
        this.requestStrong = requestStrong;
        this.words = words;
    }

    /** Data that changes nothing: no persistence word, no cap. */
    static CalmStructure none() {
        return new CalmStructure(1, 0, Map.of("persistence", Set.of(), "rhetorical", Set.of()));
    }

    static CalmStructure load(DataLines lines) {
        Map<String, Double> params = new HashMap<>();
        Map<String, Set<String>> words = new HashMap<>();
        for (DataLines.Line line : lines.records()) {
            String[] fields = line.fields();
            switch (fields[0].strip()) {
                case "param" -> {
                    DataFields.expect(lines, line, fields.length == 3, "expected 'param<TAB>name<TAB>number'");
                    String name = fields[1].strip();
                    DataFields.expect(lines, line, PARAMS.contains(name), "unknown param '" + name + "', expected one of " + PARAMS);
                    double value = DataFields.weight(lines, line, fields[2].strip());
                    DataFields.expect(lines, line, !name.equals("request.cap") || value <= 1,
                            "request.cap must be in [0, 1], found " + fields[2].strip());
                    params.put(name, value);
                }
                case "words" -> {
                    DataFields.expect(lines, line, fields.length == 3, "expected 'words<TAB>class<TAB>word|word ...'");
                    String name = fields[1].strip();
                    DataFields.expect(lines, line, CLASSES.contains(name), "unknown class '" + name + "', expected one of " + CLASSES);
                    Set<String> members = words.get(name);
                    if (members == null) {
                        members = new HashSet<>();
                        words.put(name, members);
                    }
                    for (String member : fields[2].split("\\|")) {
                        String folded = SupportStructure.fold(member);
                        DataFields.expect(lines, line, !folded.isEmpty(), "empty member in '" + fields[2] + "'");
                        DataFields.expect(lines, line, folded.indexOf(' ') < 0,
                                "a member of '" + name + "' is one word, found '" + member.strip() + "'");
                        members.add(folded);
                    }
                }
                case "example" -> DataFields.expect(lines, line, fields.length == 3, "expected 'example<TAB>emotion<TAB>message'");
                default -> throw new InvalidDataException(lines.source(), line.number(),
                        "unknown record '" + fields[0].strip() + "', expected param, words or example");
            }
        }
        for (String name : PARAMS) {
            if (!params.containsKey(name)) {
                throw new InvalidDataException(lines.source(), 0, "missing param '" + name + "'");
            }
        }
        Map<String, Set<String>> copy = new HashMap<>();
        for (String name : CLASSES) {
            Set<String> members = words.get(name);
            if (members == null) {
                throw new InvalidDataException(lines.source(), 0, "missing words of class '" + name + "'");
            }
            copy.put(name, Set.copyOf(members));
        }
        return new CalmStructure(params.get("request.cap"), params.get("request.strong"), Map.copyOf(copy));
    }

    /** True if the folded {@code word} is a member of the class {@code name}. */
    boolean is(String name, String word) {
        return words.get(name).contains(word);
    }
}
