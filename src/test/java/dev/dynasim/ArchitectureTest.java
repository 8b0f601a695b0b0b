package dev.dynasim;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules of ARCHITECTURE.md ("One Maven module, packages that show the design"),
 * checked on the main classes: the engine is pure JDK and points inwards to the model, and the
 * outer packages meet only in the ones that compose them.
 */
@AnalyzeClasses(packages = "dev.dynasim", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ENGINE = "dev.dynasim.engine..";
    private static final String MODEL = "dev.dynasim.engine.model..";
    private static final String TRACE = "dev.dynasim.engine.trace..";
    private static final String OURS = "dev.dynasim..";

    /** Outer packages that may not depend on one another. */
    private static final String[] LEAF_OUTER = {
        "dev.dynasim.api..", "dev.dynasim.json..", "dev.dynasim.chart..", "dev.dynasim.shell.."};

    /** Outer packages that compose the others (commands, lessons, notebooks, grading). */
    private static final String[] COMPOSING_OUTER = {
        "dev.dynasim.cli..", "dev.dynasim.lesson..", "dev.dynasim.notebook..", "dev.dynasim.grading.."};

    @ArchTest
    static final ArchRule engine_dependsOnlyOnJdkAndEngine = classes()
            .that().resideInAPackage(ENGINE)
            .should().onlyDependOnClassesThat(resideInAnyPackage("java..", "javax..", ENGINE))
            .because("the engine imports only the JDK: no Jackson, JFreeChart, JShell, picocli or outer dynasim packages");

    @ArchTest
    static final ArchRule engine_usesNoOuterLibraries = noClasses()
            .that().resideInAPackage(ENGINE)
            .should().dependOnClassesThat(resideInAnyPackage(
                    "com.fasterxml..", "org.jfree..", "jdk.jshell..", "picocli.."))
            .because("outer libraries belong to the outer packages");

    @ArchTest
    static final ArchRule model_importsNothingOfOursOutsideItself = noClasses()
            .that().resideInAPackage(MODEL)
            .should().dependOnClassesThat(resideInAPackage(OURS).and(not(resideInAPackage(MODEL))))
            .because("every other package builds on the model");

    @ArchTest
    static final ArchRule trace_importsOnlyTheModel = noClasses()
            .that().resideInAPackage(TRACE)
            .should().dependOnClassesThat(resideInAPackage(OURS)
                    .and(not(resideInAnyPackage(TRACE, MODEL))))
            .allowEmptyShould(true)
            .because("trace events are built from model values only");

    @ArchTest
    static final ArchRule engine_packages_areFreeOfCycles = slices()
            .matching("dev.dynasim.engine.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule leafOuterPackages_doNotDependOnOtherOuterPackages = noClasses()
            .that().resideInAnyPackage(LEAF_OUTER)
            .should().dependOnClassesThat(resideInAnyPackage(COMPOSING_OUTER))
            .allowEmptyShould(true)
            .because("only cli, lesson, notebook and grading compose other outer packages");

    @ArchTest
    static final ArchRule api_doesNotDependOnJsonOrChart = leafDoesNotDependOnOtherLeaves("dev.dynasim.api..");

    @ArchTest
    static final ArchRule json_doesNotDependOnApiOrChart = leafDoesNotDependOnOtherLeaves("dev.dynasim.json..");

    @ArchTest
    static final ArchRule chart_doesNotDependOnApiOrJson = leafDoesNotDependOnOtherLeaves("dev.dynasim.chart..");

    /**
     * The JShell API is the student's one door to everything (bills, policies, and later charts), so
     * it may read files through json and draw through chart; it never reaches the wire protocol or
     * the composing packages, which build on it.
     */
    @ArchTest
    static final ArchRule shell_dependsOnTheEngineJsonAndChartOnly = noClasses()
            .that().resideInAPackage("dev.dynasim.shell..")
            .should().dependOnClassesThat(resideInAnyPackage("dev.dynasim.api..", "dev.dynasim.cli..", "dev.dynasim.lesson..",
                    "dev.dynasim.notebook..", "dev.dynasim.grading.."))
            .allowEmptyShould(true)
            .because("the shell composes the engine, json and chart for JShell; commands and lessons compose the shell");

    private static ArchRule leafDoesNotDependOnOtherLeaves(String leaf) {
        return noClasses()
                .that().resideInAPackage(leaf)
                .should().dependOnClassesThat(resideInAnyPackage(LEAF_OUTER).and(not(resideInAPackage(leaf))))
                .allowEmptyShould(true)
                .because("outer packages depend on the engine, not on each other");
    }
}
