package dev.firebreak.ui.backups;

import dev.firebreak.backup.connection.ConnectionProfile;
import dev.firebreak.schedule.Schedule;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Tooltip;

/** "Back up automatically every day" for the chosen database: the console's own schedule, on or off. */
final class AutoBackupToggle extends CheckBox {
    private boolean showing; // set while the box follows the profile, so that is not taken as the user's click

    AutoBackupToggle(AutoBackups autoBackups, ObjectProperty<ConnectionProfile> profile) {
        setId("backups-auto");
        setMnemonicParsing(true);
        setTooltip(new Tooltip("While Firebreak is open it backs this database up when a scheduled backup is due. "
                + "Backups without the console: firebreak schedule install"));
        profile.addListener((observable, old, now) -> show(autoBackups, now));
        selectedProperty().addListener((observable, was, on) -> {
            if (!showing && profile.get() != null) {
                autoBackups.setEnabled(profile.get().name(), on);
                show(autoBackups, profile.get());
            }
        });
        show(autoBackups, profile.get());
    }

    private void show(AutoBackups autoBackups, ConnectionProfile profile) {
        Optional<Schedule> schedule = profile == null ? Optional.empty() : autoBackups.schedule(profile.name());
        showing = true;
        setDisable(profile == null);
        setSelected(schedule.map(Schedule::console).orElse(false));
        setText(schedule.map(s -> "Back _up automatically " + s.cadence().describe()).orElse("Back _up automatically every day"));
        showing = false;
    }
}
