package dev.firebreak.ui.backups;

import dev.firebreak.backup.connection.ConnectionProfile;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.tables.TableDifference;
import dev.firebreak.core.Numbers;
import dev.firebreak.ui.DialogService;
import dev.firebreak.ui.ErrorText;
import dev.firebreak.ui.task.BackgroundTask;
import dev.firebreak.ui.task.TaskExecutor;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "Only some tables" restore of one backup into one database: restore the chosen tables into a side schema and
 * compare, then — after the database name is typed — copy the missing rows back, and drop the side schema.
 */
final class TableRestoreModel {
    private final BackupsActions actions;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ConnectionProfile profile;
    private final BackupManifest backup;
    private final ObservableList<TableDifference> differences = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper sideSchema = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Choose tables, then restore them aside to compare.");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private boolean closed; // the dialog is gone; a restore still running then only reports its side schema

    TableRestoreModel(BackupsActions actions, TaskExecutor executor, DialogService dialogs, ConnectionProfile profile,
                      BackupManifest backup) {
        this.actions = actions;
        this.executor = executor;
        this.dialogs = dialogs;
        this.profile = profile;
        this.backup = backup;
    }

    /** Restores {@code tables} into a new side schema (dropping the one made before, if any) and compares. */
    void restoreAndCompare(List<String> tables) {
        String previous = sideSchema.get();
        run("Restoring " + String.join(", ", tables) + " aside", monitor -> {
            if (previous != null) {
                actions.dropSideSchema(profile, previous);
            }
            return actions.restoreTables(backup, profile, tables, monitor);
        }, restored -> show(restored.sideSchema(), restored.tables()), () -> sideSchema.set(null));
    }

    void copyMissingRows() {
        String schema = sideSchema.get();
        long missing = differences.stream().filter(TableDifference::copyable).mapToLong(TableDifference::missing).sum();
        if (schema == null || missing == 0 || !dialogs.confirmByTyping("Copy missing rows back", "Insert " + Numbers.count(missing)
                + " rows missing live from " + schema + " into the tables of " + profile.database()
                + ", in one transaction. Rows that exist live are not changed.", profile.database())) {
            return;
        }
        run("Copying missing rows into " + profile.database(), monitor -> {
            String summary = actions.copyMissingRows(profile, schema, monitor).summary();
            return new Copied(summary, actions.compareSideSchema(profile, schema));
        }, copied -> {
            show(schema, copied.after());
            dialogs.notify(copied.summary());
        }, () -> { });
    }

    void dropSideSchema() {
        String schema = sideSchema.get();
        if (schema != null) {
            run("Dropping " + schema, monitor -> {
                actions.dropSideSchema(profile, schema);
                return schema;
            }, dropped -> {
                sideSchema.set(null);
                differences.clear();
                status.set("Dropped " + dropped + ".");
            }, () -> { });
        }
    }

    /** On closing: a side schema still there is dropped if the user agrees, else kept (and named). */
    void close() {
        closed = true;
        String schema = sideSchema.get();
        if (schema == null) {
            return;
        }
        if (dialogs.confirm("Drop the side schema?", schema + " in " + profile.database() + " still holds the restored tables."
                + "\nOK drops it; Cancel keeps it (drop it later with: " + dropCommand(schema) + ").")) {
            dropSideSchema();
        } else {
            dialogs.notify("Side schema " + schema + " kept in " + profile.database() + "; drop it with: " + dropCommand(schema));
        }
    }

    private String dropCommand(String schema) {
        return "firebreak side-schema " + schema + " --profile " + profile.name() + " --drop";
    }

    private void show(String schema, List<TableDifference> tables) {
        if (closed) {
            dialogs.notify("Side schema " + schema + " kept in " + profile.database() + "; drop it with: " + dropCommand(schema));
            return;
        }
        sideSchema.set(schema);
        differences.setAll(tables);
        long missing = tables.stream().mapToLong(table -> table.missing() == null ? 0 : table.missing()).sum();
        status.set(Numbers.of(missing, "row") + " of the backup " + (missing == 1 ? "is" : "are") + " missing live (restored aside in " + schema + ").");
    }

    private <T> void run(String title, BackgroundTask.Work<T> work, Consumer<T> done, Runnable failed) {
        busy.set(true);
        executor.execute(BackgroundTask.of(title, work)
                .onSuccess(result -> {
                    busy.set(false);
                    done.accept(result);
                })
                .onFailure(error -> {
                    busy.set(false);
                    failed.run();
                    dialogs.showError(title + " failed", ErrorText.of(error));
                })
                .onCancelled(() -> {
                    busy.set(false);
                    failed.run();
                    status.set(title + ": cancelled; nothing was changed.");
                }));
    }

    private record Copied(String summary, List<TableDifference> after) {
    }

    BackupManifest backup() {
        return backup;
    }

    ConnectionProfile profile() {
        return profile;
    }

    ObservableList<TableDifference> differences() {
        return differences;
    }

    ReadOnlyStringProperty sideSchemaProperty() {
        return sideSchema.getReadOnlyProperty();
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True while nothing missing can be copied back. */
    BooleanBinding nothingToCopy() {
        return Bindings.createBooleanBinding(() -> differences.stream().noneMatch(TableDifference::copyable), differences);
    }
}
