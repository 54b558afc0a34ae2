package dev.empathy.phrase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.empathy.modules.ModuleBoundaries;

import java.lang.module.ModuleDescriptor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The module {@code dev.empathy.phrases} as a consumer on the module path sees it: {@code dev.empathy.phrase}
 * is exported and usable (with core's API, which it requires transitively), {@code dev.empathy.phrase.internal}
 * is not visible, it provides the statement provider, and its packages form no cycle.
 */
class PhrasesModuleTest {

    private static final ModuleBoundaries PHRASES = new ModuleBoundaries(Path.of("target/classes"),
            dev.empathy.emotion.Emotion.class, opennlp.tools.util.Span.class, org.slf4j.Logger.class);

    @TempDir
    Path work;

    @Test
    void isNamedAsItsAutomaticModuleNameWas() {
        assertThat(PHRASES.descriptor().name()).isEqualTo("dev.empathy.phrases");
        assertThat(PHRASES.descriptor().isAutomatic()).isFalse();
    }

    @Test
    void exportsExactlyThePackagesOutsideInternal() {
        List<String> api = PHRASES.publicTypeOfEachPackage().keySet().stream().filter(name -> !name.contains(".internal")).toList();
        assertThat(PHRASES.exportedPackages()).containsExactlyInAnyOrderElementsOf(api);
    }

    @Test
    void requiresCoreTransitivelySoItsApiTypesAreReadable() {
        assertThat(PHRASES.descriptor().requires()).anySatisfy(requires -> {
            assertThat(requires.name()).isEqualTo("dev.empathy.core");
            assertThat(requires.modifiers()).contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
        });
    }

    @Test
    void providesTheCatalogAsTheStatementProvider() {
        assertThat(PHRASES.descriptor().provides()).singleElement().satisfies(provides -> {
            assertThat(provides.service()).isEqualTo("dev.empathy.draft.EmpathyStatementProvider");
            assertThat(provides.providers()).containsExactly("dev.empathy.phrase.internal.CatalogStatementProvider");
        });
    }

    @TestFactory
    Stream<DynamicTest> aConsumerModuleCompilesAgainstEachApiPackageAndSeesNoInternalOne() {
        Map<String, String> types = PHRASES.publicTypeOfEachPackage();
        List<String> imports = new ArrayList<>(types.values());
        imports.add("dev.empathy.emotion.Emotion");
        Map<String, List<String>> errors = PHRASES.compileConsumerImporting(imports, work);
        Stream<DynamicTest> own = ModuleBoundaries.visibilityTests(types, errors);
        return Stream.concat(own, Stream.of(DynamicTest.dynamicTest("core's API is readable through requires transitive",
                () -> assertThat(errors.get("dev.empathy.emotion.Emotion")).isEmpty())));
    }

    @Test
    void hasNoPackageCycle() {
        assertThat(PHRASES.packageCycles()).isEmpty();
    }
}
