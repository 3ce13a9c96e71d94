package dev.firebreak.ui.practice.violation;

/** A deliberate violation for {@code LayeringRulesTest}: the drill driving a tab's view model instead of DrillTabs. */
public final class DrillDrivesBackupsTab {
    dev.firebreak.ui.backups.BackupsViewModel backups;
}
