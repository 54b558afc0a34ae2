package dev.empathy.internal.draft;

import dev.empathy.data.DataLines;
import dev.empathy.data.InvalidDataException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word data behind the pattern language, read from {@code words.tsv} ({@code # empathy-words 1}):
 * contractions and their expansions, named word lists ({@code @imperative}) and inflection groups
 * ({@code ~calm}). Immutable and thread-safe.
 *
 * <p>Records (TAB-separated): {@code contraction <forms separated by spaces> <expansion>},
 * {@code list <name> <words separated by spaces>}, {@code forms <words separated by spaces>}.
 */
public final class WordData {

    public static final String FORMAT = "empathy-words";
    /** The list of acronyms never reported as shouting, e.g. "FAQ", "PDF". */
    public static final String ACRONYMS = "acronyms";
    /**
     * The list of plain English words that read as shouting when written in capitals ("NEVER", "ALREADY");
     * together with every other list and inflection group except {@link #ACRONYMS} it is the dictionary
     * that tells a shouted word from a code, product name or initials ("PUK", "AB1240", "RB").
     */
    public static final String PLAIN_WORDS = "plain-words";

    private final Map<String, List<String>> contractions;
    private final Map<String, Set<String>> lists;
    private final Map<String, Set<String>> forms;
    private final Set<String> dictionary;

    private WordData(Map<String, List<String>> contractions, Map<String, Set<String>> lists, Map<String, Set<String>> forms) {
        this.contractions = Map.copyOf(contractions);
        this.lists = Map.copyOf(lists);
        this.forms = Map.copyOf(forms);
        Set<String> words = new HashSet<>(forms.keySet());
        contractions.keySet().forEach(words::add);
        lists.forEach((name, list) -> {
            if (!name.equals(ACRONYMS)) {
                words.addAll(list);
            }
        });
        Set<String> acronyms = lists.getOrDefault(ACRONYMS, Set.of());
        words.removeIf(word -> acronyms.contains(word) || !word.chars().allMatch(c -> Character.isLetter(c) || c == '\''));
        this.dictionary = Set.copyOf(words);
    }

    /** Loads and validates the word data. */
    public static WordData load(DataLines data) {
        Map<String, List<String>> contractions = new HashMap<>();
        Map<String, Set<String>> lists = new HashMap<>();
        Map<String, Set<String>> forms = new HashMap<>();
        for (DataLines.Line line : data.records()) {
            String[] f = line.fields();
            String kind = f[0].strip();
            switch (kind) {
                case "contraction" -> {
                    expect(data, line, f, 3);
                    List<String> expansion = List.of(normalise(f[2]).split("\\s+"));
                    for (String form : normalise(f[1]).split("\\s+")) {
                        if (contractions.put(form, expansion) != null) {
                            throw new InvalidDataException(data.source(), line.number(), "duplicate contraction '" + form + "'");
                        }
                    }
                }
                case "list" -> {
                    expect(data, line, f, 3);
                    String name = f[1].strip();
                    if (!name.matches("[a-z][a-z0-9-]*")) {
                        throw new InvalidDataException(data.source(), line.number(), "list name must be lower-case letters, digits and '-', found '" + name + "'");
                    }
                    if (lists.put(name, Set.of(normalise(f[2]).split("\\s+"))) != null) {
                        throw new InvalidDataException(data.source(), line.number(), "duplicate list '" + name + "'");
                    }
                }
                case "forms" -> {
                    expect(data, line, f, 2);
                    Set<String> group = Set.of(normalise(f[1]).split("\\s+"));
                    for (String word : group) {
                        forms.merge(word, group, (a, b) -> {
                            Set<String> union = new HashSet<>(a);
                            union.addAll(b);
                            return union;
                        });
                    }
                }
                default -> throw new InvalidDataException(data.source(), line.number(),
                        "unknown record kind '" + kind + "', expected contraction, list or forms");
            }
        }
        return new WordData(contractions, lists, forms);
    }

    private static void expect(DataLines data, DataLines.Line line, String[] fields, int count) {
        if (fields.length != count) {
            throw new InvalidDataException(data.source(), line.number(),
                    "expected " + count + " TAB-separated fields, found " + fields.length);
        }
        for (String field : fields) {
            if (field.isBlank()) {
                throw new InvalidDataException(data.source(), line.number(), "empty field");
            }
        }
    }

    /** Lower case ({@link Locale#ROOT}) with typographic apostrophes folded, as token keys are. */
    public static String normalise(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'');
    }

    /** The expansion of a contraction key ("don't" gives [do, not]), or null when it is not one. */
    public List<String> expansion(String key) {
        return contractions.get(key);
    }

    /**
     * True if {@code key} (a normalised token key) is a plain dictionary word, so that writing it in capitals
     * is shouting: a word of {@value #PLAIN_WORDS}, any other list or inflection group, never an acronym.
     */
    public boolean isShoutable(String key) {
        return dictionary.contains(key);
    }

    /** The words of a named list, or null when there is no such list. */
    public Set<String> list(String name) {
        return lists.get(name);
    }

    /** The inflection group of a word ("calm" gives calm, calms, calmed, calming), or null. */
    public Set<String> forms(String word) {
        return forms.get(word);
    }
}
