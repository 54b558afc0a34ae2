package dev.empathy.emotion;

import dev.empathy.data.DataLines;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word classes and numbers that keep a calm message calm ({@link PersistenceStage}, {@link CalmRequestStage},
 * {@link ReportedFeelingStage}),
 * loaded from {@code calm-structure.tsv} ({@code # empathy-calm-structure 1}):
 * <ul>
 *   <li>{@code param<TAB>name<TAB>number}: {@code request.cap} (the most frustration a calm request holds, as a
 *       share of the neutral prior; 1 switches the cap off) and {@code request.strong} (the base weight from which a
 *       frustration word is felt, not named);</li>
 *   <li>{@code param reported.factor}: what a feeling word weighs when someone else has it ({@link ReportedFeelingStage});</li>
 *   <li>{@code words<TAB>class<TAB>word|word ...}: {@code persistence} ("still") and {@code rhetorical} ("why");
 *       for {@link ReportedFeelingStage}, {@code feeling} (the first word of a lexicon term that names a feeling:
 *       "hates", "worried"), {@code others} (someone other than the writer: "he", "they", "people") and
 *       {@code between} (what may stand between them: "is", "really", "must"), {@code self} (the writer or the
 *       addressee: "I'm", "we", "you"); one word each, folded
 *       ({@link SupportStructure#fold});</li>
 *   <li>{@code example<TAB>emotion<TAB>message}: the full classifier must read the message so (run by the build).</li>
 * </ul>
 * Every param and class is required. Immutable and thread-safe.
 */
final class CalmStructure {

    static final String FORMAT = "empathy-calm-structure";

    private static final List<String> CLASSES = List.of("persistence", "rhetorical", "feeling", "others", "between", "self");
    private static final List<String> PARAMS = List.of("request.cap", "request.strong", "reported.factor");

    final double requestCap;
    final double requestStrong;
    final double reportedFactor;
    private final Map<String, Set<String>> words;

    private CalmStructure(double requestCap, double requestStrong, double reportedFactor, Map<String, Set<String>> words) {
        this.requestCap = requestCap;
        this.requestStrong = requestStrong;
        this.reportedFactor = reportedFactor;
        this.words = words;
    }

    /** Data that changes nothing: no persistence word, no cap, no reported feeling. */
    static CalmStructure none() {
        return new CalmStructure(1, 0, 1, Map.of("persistence", Set.of(), "rhetorical", Set.of(), "feeling", Set.of(),
                "others", Set.of(), "between", Set.of(), "self", Set.of()));
    }

    static CalmStructure load(DataLines lines) {
        WordClassFile file = WordClassFile.read(lines, PARAMS, Map.of("request.cap", 1.0, "reported.factor", 1.0), CLASSES,
                Set.of());
        return new CalmStructure(file.param("request.cap"), file.param("request.strong"), file.param("reported.factor"),
                file.words());
    }

    /** True if the folded {@code word} is a member of the class {@code name}. */
    boolean is(String name, String word) {
        return words.get(name).contains(word);
    }
}
