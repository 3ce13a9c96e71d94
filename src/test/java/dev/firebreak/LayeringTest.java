package dev.firebreak;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of ARCHITECTURE.md, enforced rather than hoped for. The rules live in {@link LayeringRules} so that
 * {@link LayeringRulesTest} can show each one failing on a deliberate violation.
 */
@AnalyzeClasses(packages = "dev.firebreak", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    @ArchTest
    static final ArchRule every_package_is_in_a_layer = LayeringRules.EVERY_PACKAGE_IN_A_LAYER;

    @ArchTest
    static final ArchRule layers = LayeringRules.LAYERS;

    @ArchTest
    static final ArchRule only_ui_uses_javafx = LayeringRules.ONLY_UI_USES_JAVAFX;

    @ArchTest
    static final ArchRule tabs_do_not_depend_on_each_other = LayeringRules.TABS_ARE_SLICES;

    @ArchTest
    static final ArchRule home_and_settings_are_looked_up_only_by_the_roots = LayeringRules.LOOKUPS_ONLY_IN_ROOTS;

    @ArchTest
    static final ArchRule backups_never_use_protection = LayeringRules.BACKUPS_NEVER_USE_PROTECTION;

    @ArchTest
    static final ArchRule backup_parts_stand_below_the_engine = LayeringRules.BACKUP_PARTS_BELOW_THE_ENGINE;

    @ArchTest
    static final ArchRule backup_parts_form_no_cycles = LayeringRules.BACKUP_PARTS_WITHOUT_CYCLES;

    @ArchTest
    static final ArchRule the_journal_knows_events_only_through_core = LayeringRules.THE_JOURNAL_KNOWS_EVENTS_ONLY_THROUGH_CORE;

    @ArchTest
    static final ArchRule sql_stands_alone = LayeringRules.SQL_STANDS_ALONE;
}
