package dev.firebreak;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering rules of DESIGN.md, enforced rather than hoped for. */
@AnalyzeClasses(packages = "dev.firebreak", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    private static final String[] UI_TOOLKITS = {"javafx..", "org.controlsfx..", "atlantafx..", "org.kordamp.ikonli.."};

    @ArchTest
    static final ArchRule only_ui_uses_javafx = noClasses()
            .that().resideOutsideOfPackage("dev.firebreak.ui..")
            .should().dependOnClassesThat().resideInAnyPackage(UI_TOOLKITS)
            .because("services must be plain Java, testable and usable from the CLI without a display");

    @ArchTest
    static final ArchRule services_and_cli_never_use_ui = noClasses()
            .that().resideOutsideOfPackage("dev.firebreak.ui..")
            .should().dependOnClassesThat().resideInAPackage("dev.firebreak.ui..")
            .because("Main starts the console reflectively; nothing else may reach into the UI");

    @ArchTest
    static final ArchRule services_never_use_cli = noClasses()
            .that().resideInAnyPackage("dev.firebreak.core..", "dev.firebreak.git..", "dev.firebreak.sql..",
                    "dev.firebreak.prepush..", "dev.firebreak.backup..", "dev.firebreak.timeline..", "dev.firebreak.practice..",
                    "dev.firebreak.deploy..", "dev.firebreak.protect..", "dev.firebreak.ui..")
            .should().dependOnClassesThat().resideInAPackage("dev.firebreak.cli..")
            .because("the CLI is a thin shell over the services, never the other way round");

    @ArchTest
    static final ArchRule core_depends_on_nothing_of_ours = noClasses()
            .that().resideInAPackage("dev.firebreak.core..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.firebreak.git..", "dev.firebreak.sql..",
                    "dev.firebreak.prepush..", "dev.firebreak.backup..", "dev.firebreak.timeline..", "dev.firebreak.practice..",
                    "dev.firebreak.deploy..", "dev.firebreak.protect..")
            .because("core is the shared kernel every layer stands on");

    @ArchTest
    static final ArchRule backups_never_use_protection = noClasses()
            .that().resideInAPackage("dev.firebreak.backup..")
            .should().dependOnClassesThat().resideInAPackage("dev.firebreak.protect..")
            .because("continuous protection builds on the backup services (profiles, credentials, pg tools), not the reverse")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule sql_stands_alone = noClasses()
            .that().resideInAPackage("dev.firebreak.sql..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.firebreak.git..", "dev.firebreak.prepush..",
                    "dev.firebreak.backup..", "dev.firebreak.timeline..", "dev.firebreak.deploy..")
            .because("the analyzer works on text and is reused by lint, the checklist and CI")
            .allowEmptyShould(true);
}
