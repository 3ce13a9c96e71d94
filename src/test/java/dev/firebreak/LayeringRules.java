package dev.firebreak;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.SettingsStore;
import java.util.Arrays;
import java.util.stream.Stream;

/** The rules {@link LayeringTest} holds the code to; one constant per rule of ARCHITECTURE.md. */
final class LayeringRules {
    private static final String LAUNCHER = "dev.firebreak";
    private static final String CONSOLE = "dev.firebreak.ui..";
    private static final String CLI = "dev.firebreak.cli..";
    private static final String KERNEL = "dev.firebreak.core..";
    private static final String[] SERVICES = {"dev.firebreak.git..", "dev.firebreak.sql..", "dev.firebreak.prepush..",
            "dev.firebreak.backup..", "dev.firebreak.protect..", "dev.firebreak.deploy..", "dev.firebreak.timeline..",
            "dev.firebreak.practice..", "dev.firebreak.schedule.."};
    private static final String[] UI_TOOLKITS = {"javafx..", "org.controlsfx..", "atlantafx..", "org.kordamp.ikonli.."};

    static final ArchRule EVERY_PACKAGE_IN_A_LAYER = classes()
            .should().resideInAnyPackage(all())
            .because("a new package must take its place in ARCHITECTURE.md's layers before the other rules can hold it");

    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("Launcher").definedBy(LAUNCHER)
            .layer("Console").definedBy(CONSOLE)
            .layer("CLI").definedBy(CLI)
            .layer("Services").definedBy(SERVICES)
            .layer("Kernel").definedBy(KERNEL)
            .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("Console").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("CLI").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Services").mayOnlyBeAccessedByLayers("Launcher", "Console", "CLI")
            .because("the console and the CLI are two thin shells over the same services, which stand on core alone");

    static final ArchRule ONLY_UI_USES_JAVAFX = noClasses()
            .that().resideOutsideOfPackage(CONSOLE)
            .should().dependOnClassesThat().resideInAnyPackage(UI_TOOLKITS)
            .because("services must be plain Java, testable and usable from the CLI without a display");

    /**
     * Each tab, and the practice drill, is a slice of its own; they share only {@code ui} itself (the window,
     * headlines, dialogs, and the window's {@code TabsForTheDrill}, which lets the drill reach the tabs through its
     * small {@code DrillTabs} interface) and {@code ui.task}.
     */
    static final ArchRule TABS_ARE_SLICES = slices().matching("dev.firebreak.ui.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(DescribedPredicate.alwaysTrue(), inPackage("dev.firebreak.ui.task"))
            .because("a change to one tab must not break another; shared parts go to ui or ui.task");

    static final ArchRule LOOKUPS_ONLY_IN_ROOTS = noClasses()
            .that().resideOutsideOfPackages(LAUNCHER, CLI, "dev.firebreak.ui")
            .and().doNotBelongToAnyOf(FirebreakHome.class, SettingsStore.class)
            .should().callMethod(FirebreakHome.class, "resolve")
            .orShould().callConstructor(SettingsStore.class, FirebreakHome.class)
            .because("the composition roots (Main, cli, ui.App) decide the home and settings and pass them down,"
                    + " so a service given a home uses that one");

    static final ArchRule BACKUPS_NEVER_USE_PROTECTION = noClasses()
            .that().resideInAPackage("dev.firebreak.backup..")
            .should().dependOnClassesThat().resideInAPackage("dev.firebreak.protect..")
            .because("continuous protection builds on the backup services (profiles, credentials, pg tools), not the reverse")
            .allowEmptyShould(true);

    /**
     * {@code backup}'s parts (connection, database, manifest, pgtool, store, s3, catalog, retention, tables, restore)
     * are the bricks its engine and jobs are built from: none reaches up into {@code backup} itself, and no two form
     * a cycle, so each can be read, tested and changed on its own.
     */
    static final ArchRule BACKUP_PARTS_BELOW_THE_ENGINE = noClasses()
            .that().resideInAPackage("dev.firebreak.backup.*..")
            .should().dependOnClassesThat().resideInAPackage("dev.firebreak.backup")
            .because("the engine and the jobs at the top of backup compose the parts; a part that needed a job would be"
                    + " in the wrong place");

    static final ArchRule BACKUP_PARTS_WITHOUT_CYCLES = slices().matching("dev.firebreak.backup.(*)..")
            .should().beFreeOfCycles()
            .because("a cycle would make two parts one part in two folders");

    static final ArchRule THE_JOURNAL_KNOWS_EVENTS_ONLY_THROUGH_CORE = noClasses()
            .that().resideInAPackage("dev.firebreak.timeline..")
            .should().dependOnClassesThat().resideInAnyPackage(otherServices("dev.firebreak.timeline.."))
            .because("every event names its source and whether it is a decision (core.DomainEvent), so the journal"
                    + " takes any service's events without depending on that service")
            .allowEmptyShould(true);

    static final ArchRule SQL_STANDS_ALONE = noClasses()
            .that().resideInAPackage("dev.firebreak.sql..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.firebreak.git..", "dev.firebreak.prepush..",
                    "dev.firebreak.backup..", "dev.firebreak.timeline..", "dev.firebreak.deploy..")
            .because("the analyzer works on text and is reused by lint, the checklist and CI")
            .allowEmptyShould(true);

    private LayeringRules() {
    }

    private static String[] all() {
        return Stream.concat(Stream.of(LAUNCHER, CONSOLE, CLI, KERNEL), Arrays.stream(SERVICES)).toArray(String[]::new);
    }

    private static String[] otherServices(String service) {
        return Arrays.stream(SERVICES).filter(other -> !other.equals(service)).toArray(String[]::new);
    }

    private static DescribedPredicate<JavaClass> inPackage(String prefix) {
        return DescribedPredicate.describe("in " + prefix,
                type -> type.getPackageName().equals(prefix) || type.getPackageName().startsWith(prefix + "."));
    }
}
