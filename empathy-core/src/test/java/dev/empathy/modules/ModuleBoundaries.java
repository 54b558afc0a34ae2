package dev.empathy.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;

/**
 * What a consumer on the module path sees of one library module, found with the JDK's own tools: the
 * module's descriptor (read from its {@code target/classes}), the compiler (a tiny consumer module compiled
 * against it) and {@code jdeps} (its package graph). Shared by the module tests of empathy-core and
 * empathy-phrases (the test jar of empathy-core).
 */
public final class ModuleBoundaries {

    /** A jdeps line of {@code -verbose:package}: {@code   from   -> to   module}. */
    private static final Pattern PACKAGE_EDGE = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s+(\\S+)\\s*$");

    private final Path classes;
    private final List<Path> modulePath;
    private final ModuleDescriptor descriptor;

    /**
     * @param classes the module's compiled classes, with its {@code module-info.class}
     * @param requiredTypes one class of each module it requires (their jars or class folders go on the module path)
     */
    public ModuleBoundaries(Path classes, Class<?>... requiredTypes) {
        this.classes = classes;
        List<Path> path = new ArrayList<>();
        path.add(classes);
        for (Class<?> type : requiredTypes) {
            path.add(locationOf(type));
        }
        this.modulePath = List.copyOf(new LinkedHashSet<>(path));
        this.descriptor = ModuleFinder.of(classes).findAll().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no module-info.class in " + classes))
                .descriptor();
    }

    private static Path locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public ModuleDescriptor descriptor() {
        return descriptor;
    }

    /** The packages exported to every module. */
    public Set<String> exportedPackages() {
        return descriptor.exports().stream().filter(export -> !export.isQualified())
                .map(ModuleDescriptor.Exports::source).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The module's packages that hold at least one public top-level class, each with one such class. */
    public Map<String, String> publicTypeOfEachPackage() {
        Map<String, String> result = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = classes.relativize(file).toString().replace('\\', '/');
                if (!name.endsWith(".class") || name.contains("$") || name.endsWith("module-info.class")
                        || name.endsWith("package-info.class") || !name.contains("/")) {
                    continue;
                }
                String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
                String packageName = className.substring(0, className.lastIndexOf('.'));
                if (!result.containsKey(packageName) && isPublic(className)) {
                    result.put(packageName, className);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    private static boolean isPublic(String className) {
        try {
            return java.lang.reflect.Modifier.isPublic(Class.forName(className, false, ModuleBoundaries.class.getClassLoader()).getModifiers());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Compiles one consumer module {@code com.example.consumer} that requires this module, with one class
     * for each type of {@code importedTypes} that imports it; this module and its requirements are on the
     * module path. One compiler run for all, so the errors are told apart by the class they are in.
     *
     * @return each imported type with the compiler's errors in its class; an empty list where it compiled
     */
    public Map<String, List<String>> compileConsumerImporting(List<String> importedTypes, Path workDirectory) {
        try {
            Path sources = Files.createDirectories(workDirectory.resolve("src/com/example/consumer"));
            Path output = Files.createDirectories(workDirectory.resolve("out"));
            List<Path> files = new ArrayList<>();
            files.add(Files.writeString(workDirectory.resolve("src/module-info.java"),
                    "module com.example.consumer { requires " + descriptor.name() + "; }\n"));
            Map<String, String> typeOfFile = new TreeMap<>();
            for (int i = 0; i < importedTypes.size(); i++) {
                String type = importedTypes.get(i);
                String simpleName = type.substring(type.lastIndexOf('.') + 1);
                Path file = sources.resolve("Uses" + i + ".java");
                Files.writeString(file, "package com.example.consumer;\n\nimport " + type + ";\n\n"
                        + "final class Uses" + i + " {\n    static String name() {\n"
                        + "        return " + simpleName + ".class.getName();\n    }\n}\n");
                files.add(file);
                typeOfFile.put(file.getFileName().toString(), type);
            }
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
                List<String> options = List.of("--release", "17", "-proc:none", "-d", output.toString(),
                        "--module-path", modulePath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
                compiler.getTask(new PrintWriter(new StringWriter()), fileManager, diagnostics, options, null,
                        fileManager.getJavaFileObjectsFromPaths(files)).call();
            }
            Map<String, List<String>> errors = new TreeMap<>();
            importedTypes.forEach(type -> errors.put(type, new ArrayList<>()));
            List<String> unplaced = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
                if (diagnostic.getKind() != Diagnostic.Kind.ERROR) {
                    continue;
                }
                String fileName = diagnostic.getSource() == null ? "" : Path.of(diagnostic.getSource().toUri()).getFileName().toString();
                String type = typeOfFile.get(fileName);
                String text = diagnostic.getCode() + ": " + diagnostic.getMessage(Locale.ROOT);
                if (type == null) {
                    unplaced.add(text);
                } else {
                    errors.get(type).add(text);
                }
            }
            if (!unplaced.isEmpty()) {
                throw new IllegalStateException("the consumer module itself did not compile: " + unplaced);
            }
            return errors;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The module's own package dependencies by {@code jdeps -verbose:package}: each package to the packages of this module it uses. */
    public Map<String, Set<String>> packageGraph() {
        java.util.spi.ToolProvider jdeps = java.util.spi.ToolProvider.findFirst("jdeps")
                .orElseThrow(() -> new IllegalStateException("jdeps is not in this JDK"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String upstream = modulePath.stream().filter(entry -> !entry.equals(classes)).map(Path::toString)
                .collect(Collectors.joining(File.pathSeparator));
        List<String> arguments = new ArrayList<>(List.of("--multi-release", "17", "-verbose:package"));
        if (!upstream.isEmpty()) {
            arguments.addAll(List.of("--module-path", upstream));
        }
        arguments.add(classes.toString());
        int exit = jdeps.run(new PrintWriter(out), new PrintWriter(err), arguments.toArray(String[]::new));
        if (exit != 0) {
            throw new IllegalStateException("jdeps exited with " + exit + ": " + err + out);
        }
        Map<String, Set<String>> graph = new TreeMap<>();
        for (String line : out.toString().split("\\R")) {
            Matcher edge = PACKAGE_EDGE.matcher(line);
            if (edge.matches() && edge.group(3).equals(descriptor.name()) && !edge.group(1).equals(edge.group(2))) {
                graph.computeIfAbsent(edge.group(1), from -> new TreeSet<>()).add(edge.group(2));
            }
        }
        return graph;
    }

    /**
     * The package cycles of {@link #packageGraph()}: each strongly connected set of two or more packages,
     * written as its packages in order, e.g. {@code "a.b <-> a.c"}. Empty when the graph has no cycle.
     */
    public List<String> packageCycles() {
        return new Cycles(packageGraph()).find();
    }

    /** Tarjan's strongly connected components over a small graph. */
    private static final class Cycles {
        private final Map<String, Set<String>> graph;
        private final Map<String, Integer> index = new TreeMap<>();
        private final Map<String, Integer> lowLink = new TreeMap<>();
        private final List<String> stack = new ArrayList<>();
        private final List<String> cycles = new ArrayList<>();

        Cycles(Map<String, Set<String>> graph) {
            this.graph = graph;
        }

        List<String> find() {
            for (String node : graph.keySet()) {
                if (!index.containsKey(node)) {
                    visit(node);
                }
            }
            return List.copyOf(cycles);
        }

        private void visit(String node) {
            index.put(node, index.size());
            lowLink.put(node, index.get(node));
            stack.add(node);
            for (String next : graph.getOrDefault(node, Set.of())) {
                if (!index.containsKey(next)) {
                    visit(next);
                    lowLink.put(node, Math.min(lowLink.get(node), lowLink.get(next)));
                } else if (stack.contains(next)) {
                    lowLink.put(node, Math.min(lowLink.get(node), index.get(next)));
                }
            }
            if (lowLink.get(node).equals(index.get(node))) {
                Set<String> component = new TreeSet<>();
                String member;
                do {
                    member = stack.remove(stack.size() - 1);
                    component.add(member);
                } while (!member.equals(node));
                if (component.size() > 1) {
                    cycles.add(String.join(" <-> ", component));
                }
            }
        }
    }

    /**
     * One test per package of {@code typeOfEachPackage}: an exported package's type compiled without error in
     * {@code errors} (from {@link #compileConsumerImporting}); an internal one's only with "package not visible".
     */
    public static Stream<DynamicTest> visibilityTests(Map<String, String> typeOfEachPackage, Map<String, List<String>> errors) {
        return typeOfEachPackage.entrySet().stream().map(entry -> {
            String packageName = entry.getKey();
            String type = entry.getValue();
            if (packageName.contains(".internal")) {
                return DynamicTest.dynamicTest(packageName + " is not visible", () -> assertThat(errors.get(type))
                        .as("importing %s", type).isNotEmpty().allMatch(error -> error.startsWith("compiler.err.package.not.visible")));
            }
            return DynamicTest.dynamicTest(packageName + " is usable", () -> assertThat(errors.get(type)).as("importing %s", type).isEmpty());
        });
    }
}
