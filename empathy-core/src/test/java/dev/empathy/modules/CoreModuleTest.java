package dev.empathy.modules;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The module {@code dev.empathy.core} as a consumer on the module path sees it: its API packages are
 * exported and usable, its {@code internal} packages are not visible, and its packages form no cycle.
 */
class CoreModuleTest {

    private static final ModuleBoundaries CORE = new ModuleBoundaries(Path.of("target/classes"),
            opennlp.tools.util.Span.class, org.slf4j.Logger.class);

    @TempDir
    Path work;

    @Test
    void isNamedAsItsAutomaticModuleNameWas() {
        assertThat(CORE.descriptor().name()).isEqualTo("dev.empathy.core");
        assertThat(CORE.descriptor().isAutomatic()).isFalse();
    }

    @Test
    void exportsExactlyThePackagesOutsideInternal() {
        List<String> api = CORE.publicTypeOfEachPackage().keySet().stream().filter(name -> !name.contains(".internal")).toList();
        assertThat(CORE.exportedPackages()).containsExactlyInAnyOrderElementsOf(api);
    }

    @Test
    void findsStatementProvidersWithTheServiceLoader() {
        assertThat(CORE.descriptor().uses()).containsExactly("dev.empathy.draft.EmpathyStatementProvider");
    }

    @TestFactory
    Stream<DynamicTest> aConsumerModuleCompilesAgainstEachApiPackageAndSeesNoInternalOne() {
        Map<String, String> types = CORE.publicTypeOfEachPackage();
        Map<String, List<String>> errors = CORE.compileConsumerImporting(new ArrayList<>(types.values()), work);
        return ModuleBoundaries.visibilityTests(types, errors);
    }

    @Test
    void hasNoPackageCycle() {
        assertThat(CORE.packageCycles()).isEmpty();
    }
}
