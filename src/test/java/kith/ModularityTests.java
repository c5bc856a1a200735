package kith;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(KithApplication.class);
    static final Path DOCS = Path.of("docs", "modules");

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        MODULES.verify();
    }

    /** Every module but the open shared one says which modules it may use, so that a new dependency is a decision. */
    @Test
    void everyModuleDeclaresItsAllowedDependencies() throws ClassNotFoundException {
        for (ApplicationModule module : MODULES) {
            String base = module.getBasePackage().getName();
            var declared = Class.forName(base + ".package-info")
                    .getAnnotation(org.springframework.modulith.ApplicationModule.class);
            assertThat(declared).as(base).isNotNull();
            if (declared.type() != org.springframework.modulith.ApplicationModule.Type.OPEN) {
                assertThat(declared.allowedDependencies()).as("allowed dependencies of " + base).isNotEmpty();
            }
        }
    }

    @Test
    void writesTheModuleDiagramAndCanvasesUnderDocs() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        sortLists();

        String overview = Files.readString(DOCS.resolve("components.puml"));
        for (ApplicationModule module : MODULES) {
            assertThat(overview).as("the overview shows " + module.getDisplayName()).contains(module.getDisplayName());
            assertThat(DOCS.resolve("module-" + module.getIdentifier() + ".puml")).exists();
            assertThat(DOCS.resolve("module-" + module.getIdentifier() + ".adoc")).exists();
        }
    }

    /**
     * The Documenter writes a diagram's relations and a canvas's lists in hash order, which differs from run
     * to run; sorted, the files change only when the modules do.
     */
    private static void sortLists() throws IOException {
        try (Stream<Path> files = Files.list(DOCS)) {
            for (Path file : files.toList()) {
                List<String> lines = Files.readAllLines(file);
                if (file.toString().endsWith(".puml")) {
                    Files.write(file, sortRuns(lines, line -> line.startsWith("Rel(")));
                } else if (file.toString().endsWith(".adoc")) {
                    Files.write(file, sortRuns(lines, line -> line.startsWith("* ") || line.startsWith("|* ")));
                }
            }
        }
    }

    /**
     * Sorts each run of consecutive lines that {@code inRun} accepts. A canvas's list begins in a table cell
     * ("|* …"), so the cell's bar stays on the first line whichever item comes first.
     */
    private static List<String> sortRuns(List<String> lines, Predicate<String> inRun) {
        List<String> result = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!inRun.test(lines.get(i))) {
                result.add(lines.get(i++));
                continue;
            }
            boolean cell = lines.get(i).startsWith("|");
            List<String> run = new ArrayList<>();
            while (i < lines.size() && inRun.test(lines.get(i)) && (run.isEmpty() || !lines.get(i).startsWith("|"))) {
                run.add(lines.get(i++).replaceFirst("^\\|", ""));
            }
            run.sort(null);
            if (cell) {
                run.set(0, "|" + run.get(0));
            }
            result.addAll(run);
        }
        return result;
    }
}
