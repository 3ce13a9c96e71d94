package dev.firebreak.ui.backups;

import dev.firebreak.backup.catalog.CatalogEntry.Location;
import dev.firebreak.backup.catalog.CatalogEntry;
import dev.firebreak.backup.connection.ConnectionProfile;
import dev.firebreak.backup.manifest.BackupLabel;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.manifest.TableStat;
import dev.firebreak.backup.restore.RestoreMode;
import dev.firebreak.backup.restore.RestoreOutcome;
import dev.firebreak.backup.store.DamagedBackup;
import dev.firebreak.core.Numbers;
import dev.firebreak.ui.DialogService;
import dev.firebreak.ui.ErrorText;
import dev.firebreak.ui.Headline;
import dev.firebreak.ui.task.BackgroundTask;
import dev.firebreak.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * State and actions of the Backups tab: the chosen database, its backups newest first, the selected backup's
 * tables, and the jobs (back up, restore, undo, verify, compare) run through the {@link TaskExecutor}.
 */
public final class BackupsViewModel {
    private final BackupsActions actions;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Clock clock;

    private final ObservableList<ConnectionProfile> profiles = FXCollections.observableArrayList();
    private final ObjectProperty<ConnectionProfile> profile = new SimpleObjectProperty<>();
    private final ObservableList<BackupManifest> backups = FXCollections.observableArrayList();
    /** Backups whose manifest cannot be read: shown to a person, never selectable, restorable or "the newest". */
    private final ObservableList<DamagedBackup> damaged = FXCollections.observableArrayList();
    private final ObjectProperty<BackupManifest> selected = new SimpleObjectProperty<>();
    private final ObservableList<TableRow> tables = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Headline> headline = new ReadOnlyObjectWrapper<>(Headline.none("Choose or add a database"));
    private final ReadOnlyStringWrapper backupAge = new ReadOnlyStringWrapper("");
    // what the headline knows beyond the catalog: rows missing live at the last comparison, and a replace restore since
    private List<TableRow> missingLive = List.of();
    private BackupManifest comparedWith;
    private List<TableStat> restoredTables = List.of();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private int running; // jobs submitted and not finished; touched on the UI thread only
    private final ReadOnlyObjectWrapper<RestoreOutcome> lastReplace = new ReadOnlyObjectWrapper<>();
    private final ObservableMap<String, Set<Location>> locations = FXCollections.observableHashMap();
    private final Optional<String> s3Location;
    private String selectAfterRefresh; // the id of a backup opened from a file, until its list is shown

    public BackupsViewModel(BackupsActions actions, TaskExecutor executor, DialogService dialogs, Clock clock) {
        this.actions = actions;
        this.executor = executor;
        this.dialogs = dialogs;
        this.clock = clock;
        this.s3Location = actions.s3Location();
        profile.addListener((observable, old, now) -> {
            forgetSituation();
            refresh();
        });
        selected.addListener((observable, old, now) -> showTables(now));
    }

    public void loadProfiles() {
        run("Reading database profiles", monitor -> actions.profiles(), loaded -> {
            profiles.setAll(loaded);
            if (profile.get() == null && !loaded.isEmpty()) {
                profile.set(loaded.get(0)); // the listener lists its backups
            } else {
                refresh();
            }
        });
    }

    /** Re-reads the profiles and shows the one named {@code name} (e.g. one that practice mode just created). */
    public void select(String name) {
        run("Reading database profiles", monitor -> actions.profiles(), loaded -> {
            profiles.setAll(loaded);
            loaded.stream().filter(p -> p.name().equals(name)).findFirst().ifPresent(profile::set);
        });
    }

    /** Shows the backup a manifest file names (opened from a file manager): its database chosen, it selected. */
    public void open(Path manifestFile) {
        run("Opening " + manifestFile.getFileName(), monitor -> actions.open(manifestFile), opened -> {
            if (!profiles.contains(opened.profile())) {
                profiles.add(opened.profile());
            }
            selectAfterRefresh = opened.backup().id();
            if (opened.profile().equals(profile.get())) {
                refresh();
            } else {
                profile.set(opened.profile()); // the listener lists its backups
            }
        });
    }

    /**
     * Add database: connects with what was typed and saves the profile, then {@code added}. A failure goes to
     * {@code failed} in plain words instead of an error dialog, so the Add database dialog stays open with everything typed.
     */
    void addProfile(NewDatabase typed, Runnable added, Consumer<String> failed) {
        busy.set(++running > 0);
        executor.execute(BackgroundTask.of("Connecting to " + typed.name(), monitor -> actions.addProfile(typed))
                .onSuccess(result -> {
                    busy.set(--running > 0);
                    ConnectionProfile saved = result.profile();
                    profiles.removeIf(p -> p.name().equals(saved.name()));
                    profiles.add(saved);
                    profile.set(saved);
                    dialogs.notify("Connected to " + saved.database() + " and saved the profile " + saved.name()
                            + (result.passwordNote().isEmpty() ? "" : "; " + result.passwordNote()));
                    added.run();
                })
                .onFailure(error -> {
                    busy.set(--running > 0);
                    failed.accept(ErrorText.of(error));
                })
                .onCancelled(() -> {
                    busy.set(--running > 0);
                    failed.accept("Connecting was cancelled; nothing was saved.");
                }));
    }

    public void refresh() {
        ConnectionProfile current = profile.get();
        if (current == null) {
            backups.clear();
            damaged.clear();
            showHeadline();
            return;
        }
        run("Listing backups of " + current.name(), monitor -> actions.catalog(current), listing -> {
            List<BackupManifest> list = listing.backups().stream().map(CatalogEntry::manifest).toList();
            // an opened backup is selected by the first listing that has it (an earlier refresh may still be queued)
            boolean opened = list.stream().anyMatch(b -> b.id().equals(selectAfterRefresh));
            String keep = opened ? selectAfterRefresh : selected.get() == null ? null : selected.get().id();
            if (opened) {
                selectAfterRefresh = null;
            }
            locations.clear();
            listing.backups().forEach(entry -> locations.put(entry.manifest().id(), entry.locations()));
            backups.setAll(list);
            damaged.setAll(listing.damaged());
            if (!listing.damaged().isEmpty()) {
                dialogs.notify(damagedNotice(listing.damaged()));
            }
            listing.s3Problem().ifPresent(problem -> dialogs.notify("Only the backups on this disk are listed: " + problem));
            selected.set(list.stream().filter(b -> b.id().equals(keep)).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0)));
            showHeadline();
        });
    }

    public void backUpNow() {
        ConnectionProfile current = profile.get();
        if (current == null) {
            return;
        }
        run("Backing up " + current.database(), monitor -> actions.backUp(current, monitor), made -> {
            dialogs.notify("Backed up " + made.database() + ": " + Numbers.of(made.tables().size(), "table"));
            refresh();
            if (actions.uploadsAfterBackup()) {
                upload(made);
            }
        });
    }

    /** Copies the selected backup to S3; a failure leaves the local backup as it was. */
    public void uploadToS3() {
        BackupManifest backup = selected.get();
        if (backup != null && s3Location.isPresent()) {
            upload(backup);
        }
    }

    private void upload(BackupManifest backup) {
        run("Uploading " + backup.id() + " to " + s3Location.orElseThrow(), monitor -> actions.upload(backup, monitor), uploaded -> {
            dialogs.notify((uploaded ? "Uploaded " : "Already there: ") + backup.id() + " in " + s3Location.orElseThrow());
            refresh();
        });
    }

    /** Where the backup's copies are: this disk, S3 or both. */
    public Set<Location> locationsOf(BackupManifest backup) {
        return locations.getOrDefault(backup.id(), Set.of());
    }

    /** True when S3 is configured and the selected backup is on this disk but not yet in S3. */
    public BooleanBinding uploadable() {
        return Bindings.createBooleanBinding(() -> s3Location.isPresent() && selected.get() != null
                && locationsOf(selected.get()).equals(Set.of(Location.LOCAL)), selected, locations);
    }

    public Optional<String> s3Location() {
        return s3Location;
    }

    /** Shows the plan, asks (typing the database name to replace it), then restores. */
    public void restore(RestoreMode mode) {
        ConnectionProfile current = profile.get();
        BackupManifest backup = selected.get();
        if (current == null || backup == null || !RestorePlan.confirm(dialogs, current, backup, mode, clock.instant())) {
            return;
        }
        run("Restoring " + backup.id(), monitor -> actions.restore(backup, current, mode, monitor), outcome -> {
            if (mode == RestoreMode.REPLACE) {
                // the restore checked every table's rows against the backup: what was missing is back
                Set<String> wereMissing = missingLive.stream().map(TableRow::table).collect(Collectors.toSet());
                restoredTables = backup.tables().stream().filter(table -> wereMissing.contains(table.displayName())).toList();
                missingLive = List.of();
                comparedWith = null;
                lastReplace.set(outcome);
            }
            dialogs.notify(outcome.summary());
            showTables(selected.get()); // a comparison shown counted the rows before the restore
            refresh();
        });
    }

    /** The "Only some tables" restore of the selected backup into the chosen database, or null without both. */
    TableRestoreModel tableRestore() {
        ConnectionProfile current = profile.get();
        BackupManifest backup = selected.get();
        return current == null || backup == null ? null : new TableRestoreModel(actions, executor, dialogs, current, backup);
    }

    public void undoRestore() {
        ConnectionProfile current = profile.get();
        RestoreOutcome restored = lastReplace.get();
        if (current == null || restored == null || !dialogs.confirmByTyping("Undo the restore",
                "Put back " + restored.keptAs() + " as " + current.database() + "; the restored copy is kept aside.",
                current.database())) {
            return;
        }
        run("Undoing the restore", monitor -> actions.undo(current, restored.keptAs(), monitor), message -> {
            lastReplace.set(null);
            restoredTables = List.of();
            dialogs.notify(message);
            showTables(selected.get());
            refresh();
            checkLive(); // the database of before the restore is back, and with it whatever it was missing
        });
    }

    public void verify(boolean quick) {
        ConnectionProfile current = profile.get();
        BackupManifest backup = selected.get();
        if (current == null || backup == null) {
            return;
        }
        run((quick ? "Checking " : "Test-restoring ") + backup.id(),
                monitor -> actions.verify(backup, current, quick, monitor), verification -> {
                    if (verification.passed()) {
                        dialogs.notify("Verified: " + verification.details());
                    } else {
                        dialogs.showError("Verification failed", verification.details());
                    }
                    refresh();
                });
    }

    /** Fills the tables' "now" column with the live database's row counts. */
    public void compareWithLive() {
        ConnectionProfile current = profile.get();
        BackupManifest backup = selected.get();
        if (current == null || backup == null) {
            return;
        }
        run("Counting rows in " + current.database(), monitor -> actions.compare(backup, current), comparisons -> {
            List<TableRow> rows = comparisons.stream().map(TableRow::of).toList();
            if (backup.equals(selected.get())) {
                tables.setAll(rows);
            }
            if (backup.label() != BackupLabel.PRE_RESTORE) { // a safety copy may hold the loss itself
                missingLive = rows.stream().filter(row -> row.missing() > 0).toList();
                comparedWith = backup;
                showHeadline();
            }
        });
    }

    /**
     * Something outside this tab changed {@code database} (a deploy ran its migration): compares it with its newest
     * real backup, so the headline says which rows are gone instead of how old the newest file is.
     */
    public void liveDatabaseChanged(String database) {
        ConnectionProfile current = profile.get();
        if (current != null && current.database().equals(database)) {
            checkLive();
        }
    }

    private void checkLive() {
        BackupsHeadline.newestReal(backups).ifPresent(newest -> {
            selected.set(newest);
            compareWithLive();
        });
    }

    /**
     * Forgets what this tab learnt about the chosen database (rows missing, the comparison shown, a restore to undo)
     * and lists its backups again: practice mode's reset has made it untrue.
     */
    public void forget() {
        forgetSituation();
        lastReplace.set(null);
        showTables(selected.get());
        refresh();
    }

    private void forgetSituation() {
        missingLive = List.of();
        comparedWith = null;
        restoredTables = List.of();
    }

    private void showTables(BackupManifest backup) {
        tables.setAll(backup == null ? List.of() : backup.tables().stream().map(TableRow::of).toList());
    }

    private void showHeadline() {
        ConnectionProfile current = profile.get();
        if (current == null) {
            headline.set(Headline.none("Choose or add a database"));
            backupAge.set("");
            return;
        }
        Instant now = clock.instant();
        headline.set(BackupsHeadline.of(new BackupsHeadline.Situation(current.database(), backups, missingLive, comparedWith,
                lastReplace.get(), restoredTables, now, clock.getZone())));
        backupAge.set(BackupsHeadline.age(current.database(), backups, now));
    }

    <T> void run(String title, BackgroundTask.Work<T> work, java.util.function.Consumer<T> done) {
        busy.set(++running > 0);
        executor.execute(BackgroundTask.of(title, work)
                .onSuccess(result -> {
                    busy.set(--running > 0);
                    done.accept(result);
                })
                .onFailure(error -> {
                    busy.set(--running > 0);
                    dialogs.showError(title + " failed", ErrorText.of(error));
                })
                .onCancelled(() -> {
                    busy.set(--running > 0);
                    dialogs.notify(title + ": cancelled");
                }));
    }

    public ObservableList<ConnectionProfile> profiles() {
        return profiles;
    }

    public ObjectProperty<ConnectionProfile> profileProperty() {
        return profile;
    }

    public ObservableList<BackupManifest> backups() {
        return backups;
    }

    public ObservableList<DamagedBackup> damaged() {
        return damaged;
    }

    /** "Backup 20261207-1100 is damaged: its manifest cannot be read: …", or the count and the first one. */
    private static String damagedNotice(List<DamagedBackup> damaged) {
        DamagedBackup first = damaged.get(0);
        String which = damaged.size() == 1 ? "Backup " + first.id() + " is damaged"
                : Numbers.of(damaged.size(), "backup") + " are damaged, " + first.id() + " among them";
        return which + ": " + first.reason() + ".";
    }

    public ObjectProperty<BackupManifest> selectedProperty() {
        return selected;
    }

    public ObservableList<TableRow> tables() {
        return tables;
    }

    /** The tab's largest text: the situation of the chosen database now. */
    public ReadOnlyObjectProperty<Headline> headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** For the status bar: the newest real backup's age and verification (never a safety copy's). */
    public ReadOnlyStringProperty backupAgeProperty() {
        return backupAge.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RestoreOutcome> lastReplaceProperty() {
        return lastReplace.getReadOnlyProperty();
    }
}
