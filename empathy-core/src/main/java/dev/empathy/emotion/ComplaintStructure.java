package dev.empathy.emotion;

import dev.empathy.data.DataLines;
import dev.empathy.data.InvalidDataException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word classes and numbers of the stages that read how strongly a complaint is meant and at whom
 * ({@link SaidOfPeopleStage}, {@link ExclaimedDenialStage}, {@link NegatedPraiseStage},
 * {@link ExperienceMemeStage}, {@link ThanksForAFailureStage}), loaded from
 * {@code complaint-structure.tsv} ({@code # empathy-complaint-structure 1}):
 * <ul>
 *   <li>{@code param<TAB>name<TAB>number}: {@code exclaimed.weight} (the frustration of an exclaimed denial
 *       with no emotion word), {@code meme.weight} (of a "When your driver ..." complaint);</li>
 *   <li>{@code words<TAB>class<TAB>word|word ...}: the classes {@code people}, {@code be}, {@code filler},
 *       {@code negator}, {@code request}, {@code meme}, {@code owner} and {@code failure} (situation ids), one word each, folded as {@link SupportStructure#fold} does ("you're" is "youre");</li>
 *   <li>{@code example<TAB>emotion<TAB>message}: the full classifier must read the message so (run by the build).</li>
 * </ul>
 * Every param and class is required. Immutable and thread-safe.
 */
final class ComplaintStructure {

    static final String FORMAT = "empathy-complaint-structure";

    private static final List<String> CLASSES = List.of("people", "be", "filler", "negator", "request", "meme", "owner", "failure");
    private static final List<String> PARAMS = List.of("exclaimed.weight", "meme.weight");

    final double exclaimedWeight;
    final double memeWeight;
    private final Map<String, Set<String>> words;

    private ComplaintStructure(double exclaimedWeight, double memeWeight, Map<String, Set<String>> words) {
        this.exclaimedWeight = exclaimedWeight;
        this.memeWeight = memeWeight;
        this.words = words;
    }

    /** Data that changes nothing: no class has a member, no exclaimed denial adds a cue. */
    static ComplaintStructure none() {
        Map<String, Set<String>> empty = new HashMap<>();
        for (String name : CLASSES) {
            empty.put(name, Set.of());
        }
        return new ComplaintStructure(0, 0, Map.copyOf(empty));
    }

    static ComplaintStructure load(DataLines lines) {
        Map<String, Double> params = new HashMap<>();
        Map<String, Set<String>> words = new HashMap<>();
        for (DataLines.Line line : lines.records()) {
            String[] fields = line.fields();
            switch (fields[0].strip()) {
                case "param" -> {
                    DataFields.expect(lines, line, fields.length == 3, "expected 'param<TAB>name<TAB>number'");
                    String name = fields[1].strip();
                    DataFields.expect(lines, line, PARAMS.contains(name), "unknown param '" + name + "', expected one of " + PARAMS);
                    params.put(name, DataFields.weight(lines, line, fields[2].strip()));
                }
                case "words" -> {
                    DataFields.expect(lines, line, fields.length == 3, "expected 'words<TAB>class<TAB>word|word ...'");
                    String name = fields[1].strip();
                    DataFields.expect(lines, line, CLASSES.contains(name), "unknown class '" + name + "', expected one of " + CLASSES);
                    Set<String> members = words.get(name); // no lambda on the load path (start-up time, issue 17)
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
        return new ComplaintStructure(params.get("exclaimed.weight"), params.get("meme.weight"), Map.copyOf(copy));
    }

    /** True if the folded {@code word} (see {@link SupportStructure#fold}) is a member of the class {@code name}. */
    boolean is(String name, String word) {
        return words.get(name).contains(word);
    }
}
