package dev.empathy.phrase;

import dev.empathy.data.DataLines;
import dev.empathy.data.InvalidDataException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A catalog of empathy statements, loaded from data files. Immutable and thread-safe: build one and share it.
 *
 * <pre>{@code
 * PhraseCatalog english = PhraseCatalog.english();            // the built-in English catalog
 * PhraseCatalog mine = PhraseCatalog.builder()
 *         .add(Path.of("acme-statements.tsv"))                // add a vendor file (any locale)
 *         .disable("ack-011")                                 // switch off one built-in statement
 *         .disable(Intent.WARM_GREETING)                      // and every greeting
 *         .build();
 * }</pre>
 *
 * <p>File format ({@code # empathy-statements 1}, UTF-8): a {@code # locale: <BCP 47 tag>} comment is required,
 * then one statement a line with nine TAB-separated fields {@code id intent suits never-for intensity formality
 * channels situations text}, and optional {@code slot-default<TAB>slot<TAB>text} lines. The built-in file,
 * {@code /dev/empathy/phrase/en/statements.tsv}, documents every field at its top.
 *
 * <p>Building validates every file and fails with {@link InvalidDataException} (file, line, problem) on the
 * first error: a bad tag, an unknown slot, a duplicate id or text, broken UTF-8. A catalog is never built from
 * a half-loaded file; a failed build leaves every existing catalog as it was.
 */
public final class PhraseCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(PhraseCatalog.class);
    static final String BUILT_IN = "/dev/empathy/phrase/en/statements.tsv";

    private static final class Default {
        static final PhraseCatalog ENGLISH = builder().build();
    }

    private final List<Statement> statements;
    private final Map<String, Entry> byId;
    /** Entries per locale language tag, in file order. */
    private final Map<String, Entry[]> byLocale;

    private PhraseCatalog(List<Entry> entries) {
        Map<String, Entry> ids = new LinkedHashMap<>();
        Map<String, List<Entry>> locales = new LinkedHashMap<>();
        List<Statement> all = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            ids.put(entry.statement.id(), entry);
            locales.computeIfAbsent(entry.statement.locale().toLanguageTag(), tag -> new ArrayList<>()).add(entry);
            all.add(entry.statement);
        }
        Map<String, Entry[]> arrays = new HashMap<>();
        locales.forEach((tag, list) -> arrays.put(tag, list.toArray(new Entry[0])));
        this.statements = List.copyOf(all);
        this.byId = Collections.unmodifiableMap(ids);
        this.byLocale = Map.copyOf(arrays);
    }

    /** {@return the shared built-in English catalog, loaded on first use} */
    public static PhraseCatalog english() {
        return Default.ENGLISH;
    }

    /** {@return a builder starting from the built-in English catalog} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return every enabled statement, in file order} */
    public List<Statement> statements() {
        return statements;
    }

    /** {@return the number of enabled statements} */
    public int size() {
        return statements.size();
    }

    /**
     * {@return the statement with this id, or empty when there is none or it was switched off}
     *
     * @param id a statement id, e.g. {@code "ack-001"}
     */
    public Optional<Statement> statement(String id) {
        Objects.requireNonNull(id, "id must not be null");
        Entry entry = byId.get(id);
        return entry == null ? Optional.empty() : Optional.of(entry.statement);
    }

    /** {@return the locales the catalog holds statements for, e.g. {@code [en]}} */
    public Set<Locale> locales() {
        Set<Locale> locales = new LinkedHashSet<>();
        for (Statement statement : statements) {
            locales.add(statement.locale());
        }
        return Collections.unmodifiableSet(locales);
    }

    /**
     * The statement's text with slots filled from {@code slots}; a slot without a value takes its fallback,
     * and an optional segment {@code [...]} whose slot has no value is left out.
     *
     * <pre>{@code
     * "Thanks for bearing with us[, {name}]."  {}                -> "Thanks for bearing with us."
     *                                          {NAME=Sam}        -> "Thanks for bearing with us, Sam."
     * "I'm sorry {product} arrived damaged."   {}                -> "I'm sorry your order arrived damaged."
     * }</pre>
     *
     * @param statement a statement of this catalog
     * @param slots slot values; a missing or blank value takes the slot's fallback
     * @return the rendered text, with no slot left unfilled
     * @throws IllegalArgumentException if the statement is not in this catalog
     */
    public String render(Statement statement, Map<Slot, String> slots) {
        Objects.requireNonNull(statement, "statement must not be null");
        Entry entry = byId.get(statement.id());
        if (entry == null || !entry.statement.equals(statement)) {
            throw new IllegalArgumentException("statement '" + statement.id() + "' is not in this catalog");
        }
        return entry.template.render(SlotValues.array(Objects.requireNonNull(slots, "slots must not be null")));
    }

    /** The entries for {@code locale}: its exact tag first, else its language alone; empty when none. */
    Entry[] entries(Locale locale) {
        Entry[] exact = byLocale.get(locale.toLanguageTag());
        if (exact != null) {
            return exact;
        }
        Entry[] language = byLocale.get(locale.getLanguage());
        return language != null ? language : new Entry[0];
    }

    /**
     * Configures a {@link PhraseCatalog}. Not thread-safe; the catalog it builds is.
     *
     * <p>Defaults: the built-in English statements; no vendor file; nothing switched off.
     */
    public static final class Builder {

        private boolean builtIn = true;
        private final List<DataLines> files = new ArrayList<>();
        private final Set<String> disabledIds = new LinkedHashSet<>();
        private final Set<Intent> disabledIntents = EnumSet.noneOf(Intent.class);
        private dev.empathy.data.InputLimits limits = dev.empathy.data.InputLimits.defaults();

        /**
         * The input limits; this catalog reads {@link dev.empathy.data.InputLimits#maxStatementLength()}: a
         * statement text longer than that fails to load with {@link InvalidDataException}. Default
         * {@link dev.empathy.data.InputLimits#defaults()}.
         *
         * @param limits the limits; not null
         * @return this builder
         */
        public Builder limits(dev.empathy.data.InputLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits must not be null");
            return this;
        }

        private Builder() {
        }

        /**
         * Adds a catalog file ({@code # empathy-statements 1}, any locale). Its statements join the built-in ones;
         * an id or text already in the catalog is an error (to replace a built-in statement, {@link #disable(String)}
         * it and give yours a new id).
         *
         * @param file a UTF-8 catalog file
         * @return this builder
         * @throws InvalidDataException if the file cannot be read, is not UTF-8 or has no format line
         */
        public Builder add(Path file) {
            files.add(DataLines.read(Objects.requireNonNull(file, "file must not be null"), CatalogReader.FORMAT,
                    CatalogReader.VERSION));
            return this;
        }

        /**
         * As {@link #add(Path)}, reading {@code in} now (the caller closes it); {@code name} appears in errors.
         *
         * @param in the file's UTF-8 bytes, read now
         * @param name the name used in error messages, e.g. the file name
         * @return this builder
         */
        public Builder add(InputStream in, String name) {
            files.add(DataLines.read(in, name, CatalogReader.FORMAT, CatalogReader.VERSION));
            return this;
        }

        /**
         * Starts without the built-in English statements, e.g. to ship your own catalog instead.
         *
         * @return this builder
         */
        public Builder withoutBuiltIn() {
            builtIn = false;
            return this;
        }

        /**
         * Switches off the statement with this id; {@link #build()} fails if no file defines it.
         *
         * @param id the id of a statement some file defines
         * @return this builder
         */
        public Builder disable(String id) {
            disabledIds.add(Objects.requireNonNull(id, "id must not be null"));
            return this;
        }

        /**
         * Switches off every statement with this intent, e.g. {@link Intent#WARM_GREETING}.
         *
         * @param intent the intent to switch off; not null
         * @return this builder
         */
        public Builder disable(Intent intent) {
            disabledIntents.add(Objects.requireNonNull(intent, "intent must not be null"));
            return this;
        }

        /**
         * Loads and validates every file and builds the catalog.
         *
         * @return the catalog, immutable and thread-safe
         * @throws InvalidDataException naming the file, line and problem of the first error
         * @throws IllegalArgumentException if a disabled id is defined by no file
         */
        public PhraseCatalog build() {
            long started = System.nanoTime();
            List<DataLines> all = new ArrayList<>();
            if (builtIn) {
                all.add(DataLines.resource(PhraseCatalog.class.getResourceAsStream(BUILT_IN), BUILT_IN, CatalogReader.FORMAT, CatalogReader.VERSION));
            }
            all.addAll(files);
            Map<String, Statement> seenIds = new HashMap<>();
            Map<String, Statement> seenTexts = new HashMap<>();
            List<Entry> entries = new ArrayList<>();
            for (DataLines file : all) {
                for (Entry entry : CatalogReader.read(file, limits.maxStatementLength())) {
                    Statement statement = entry.statement;
                    int line = lineOf(statement);
                    Statement sameId = seenIds.putIfAbsent(statement.id(), statement);
                    if (sameId != null) {
                        throw new InvalidDataException(file.source(), line,
                                "duplicate id '" + statement.id() + "', already defined at " + sameId.source());
                    }
                    String textKey = statement.locale().toLanguageTag() + "\u0000" + textKey(statement.text());
                    Statement sameText = seenTexts.putIfAbsent(textKey, statement);
                    if (sameText != null) {
                        throw new InvalidDataException(file.source(), line,
                                "duplicate text, same as '" + sameText.id() + "' at " + sameText.source());
                    }
                    entries.add(entry);
                }
            }
            for (String id : disabledIds) {
                if (!seenIds.containsKey(id)) {
                    throw new IllegalArgumentException("cannot disable statement '" + id + "': no catalog file defines it");
                }
            }
            entries.removeIf(entry -> disabledIds.contains(entry.statement.id())
                    || disabledIntents.contains(entry.statement.intent()));
            PhraseCatalog catalog = new PhraseCatalog(entries);
            LOG.debug("Loaded phrase catalog: {} statements from {} file(s) in {} ms", catalog.size(), all.size(),
                    (System.nanoTime() - started) / 1_000_000);
            return catalog;
        }

        private static int lineOf(Statement statement) {
            String source = statement.source();
            return Integer.parseInt(source.substring(source.lastIndexOf(':') + 1));
        }

        /** Texts compare ignoring case, white space and the trailing punctuation mark. */
        /**
         * The text compared for duplicates: lower case, white space runs as one space, final {@code .!?}
         * dropped. By hand in one pass: the regex {@code [.!?]+$} is quadratic on a long run of "!" that is
         * not at the end (36 s on 80,000).
         */
        static String textKey(String text) {
            String lower = text.toLowerCase(Locale.ROOT).strip();
            StringBuilder key = new StringBuilder(lower.length());
            boolean space = false;
            for (int i = 0; i < lower.length(); i++) {
                char c = lower.charAt(i);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                    space = true;
                } else {
                    if (space) {
                        key.append(' ');
                        space = false;
                    }
                    key.append(c);
                }
            }
            int end = key.length();
            while (end > 0 && (key.charAt(end - 1) == '.' || key.charAt(end - 1) == '!' || key.charAt(end - 1) == '?')) {
                end--;
            }
            key.setLength(end);
            return key.toString();
        }
    }
}
