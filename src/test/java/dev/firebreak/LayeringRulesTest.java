package dev.firebreak;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.firebreak.backup.manifest.violation.ManifestUsesStore;
import dev.firebreak.backup.store.violation.StoreUsesEngine;
import dev.firebreak.backup.violation.BackupUsesProtection;
import dev.firebreak.backup.violation.LoadsSettings;
import dev.firebreak.backup.violation.ResolvesHome;
import dev.firebreak.core.violation.CoreUsesGit;
import dev.firebreak.core.violation.CoreUsesJavaFx;
import dev.firebreak.schedule.violation.ScheduleUsesCli;
import dev.firebreak.sql.violation.SqlUsesBackup;
import dev.firebreak.timeline.violation.JournalKnowsOverrides;
import dev.firebreak.ui.backups.violation.BackupsTabUsesTimelineTab;
import dev.firebreak.ui.practice.violation.DrillDrivesBackupsTab;
import dev.firebreak.unlayered.Unlayered;
import org.junit.jupiter.api.Test;

/** Each rule of {@link LayeringRules} fails on a deliberate violation, so {@link LayeringTest} passing means something. */
class LayeringRulesTest {
    @Test
    void aPackageOutsideEveryLayerFails() {
        assertViolates(LayeringRules.EVERY_PACKAGE_IN_A_LAYER, Unlayered.class);
    }

    @Test
    void scheduleReachingIntoTheCliFails() {
        assertViolates(LayeringRules.LAYERS, ScheduleUsesCli.class);
    }

    @Test
    void theKernelDependingOnAServiceFails() {
        assertViolates(LayeringRules.LAYERS, CoreUsesGit.class);
    }

    @Test
    void javaFxOutsideTheConsoleFails() {
        assertViolates(LayeringRules.ONLY_UI_USES_JAVAFX, CoreUsesJavaFx.class);
    }

    @Test
    void oneTabDependingOnAnotherFails() {
        assertViolates(LayeringRules.TABS_ARE_SLICES, BackupsTabUsesTimelineTab.class);
    }

    @Test
    void theDrillDrivingATabDirectlyFails() {
        assertViolates(LayeringRules.TABS_ARE_SLICES, DrillDrivesBackupsTab.class);
    }

    @Test
    void aServiceResolvingTheHomeItselfFails() {
        assertViolates(LayeringRules.LOOKUPS_ONLY_IN_ROOTS, ResolvesHome.class);
    }

    @Test
    void aServiceReadingTheSettingsItselfFails() {
        assertViolates(LayeringRules.LOOKUPS_ONLY_IN_ROOTS, LoadsSettings.class);
    }

    @Test
    void backupsUsingProtectionFails() {
        assertViolates(LayeringRules.BACKUPS_NEVER_USE_PROTECTION, BackupUsesProtection.class);
    }

    @Test
    void aPartOfBackupUsingItsEngineFails() {
        assertViolates(LayeringRules.BACKUP_PARTS_BELOW_THE_ENGINE, StoreUsesEngine.class);
    }

    @Test
    void twoPartsOfBackupInACycleFail() {
        assertViolates(LayeringRules.BACKUP_PARTS_WITHOUT_CYCLES, ManifestUsesStore.class);
    }

    @Test
    void theJournalImportingAnEventOfAServiceFails() {
        assertViolates(LayeringRules.THE_JOURNAL_KNOWS_EVENTS_ONLY_THROUGH_CORE, JournalKnowsOverrides.class);
    }

    @Test
    void theAnalyzerUsingBackupsFails() {
        assertViolates(LayeringRules.SQL_STANDS_ALONE, SqlUsesBackup.class);
    }

    /** Production classes and the fixtures: a layer rule needs the accessed classes too, not only the violation. */
    private static final JavaClasses WITH_FIXTURES = new ClassFileImporter().importPackages("dev.firebreak");

    /** The rule fails, and for {@code violation} (not for another fixture or an empty layer). */
    private static void assertViolates(ArchRule rule, Class<?> violation) {
        EvaluationResult result = rule.evaluate(WITH_FIXTURES);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails())).contains(violation.getName());
    }
}
