package dev.firebreak.ui.backups;

import dev.firebreak.backup.connection.ConnectionProfile;
import dev.firebreak.backup.restore.RestoreMode;
import dev.firebreak.ui.Activatable;
import dev.firebreak.ui.HeadlineBanner;
import dev.firebreak.ui.KeepText;
import java.time.Clock;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Backups tab: database picker, freshness banner, the backups with their tables, and the actions on them. */
public final class BackupsView extends BorderPane implements Activatable {
    private final BackupsViewModel model;
    private final BackupCleanup cleanup;
    private final AutoBackups autoBackups;

    public BackupsView(BackupsViewModel model, BackupCleanup cleanup, AutoBackups autoBackups, Clock clock) {
        this.model = model;
        this.cleanup = cleanup;
        this.autoBackups = autoBackups;
        autoBackups.onBackup(model::refresh);
        setId("backups-view");
        setPadding(new Insets(12));
        HeadlineBanner bannerBox = new HeadlineBanner(model.headlineProperty(), "backups-headline", "backups-freshness", "backups-next");

        BackupTable table = new BackupTable(model, clock);
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE) {
                cleanup.deleteSelected();
            }
        });
        SplitPane split = new SplitPane(table, new BackupDetails(model));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        setTop(new VBox(10, databaseBar(), bannerBox));
        setCenter(split);
        setBottom(actionBar());
        BorderPane.setMargin(split, new Insets(10, 0, 10, 0));
    }

    /** The database and what to do with it: the buttons move to a row of their own rather than cut its name. */
    private FlowPane databaseBar() {
        ComboBox<ConnectionProfile> database = new ComboBox<>(model.profiles());
        database.setId("backups-database");
        database.setPromptText("No database yet: add one");
        database.valueProperty().bindBidirectional(model.profileProperty());
        database.setCellFactory(list -> new ProfileCell());
        database.setButtonCell(new ProfileCell());
        database.setMaxWidth(560); // in its row it gets its width: that of the longest profile, up to this
        Button add = button("Add database…", Feather.PLUS, "backups-add-database");
        add.setOnAction(event -> AddDatabaseDialog.show(getScene().getWindow(), model::addProfile));
        Button backUp = button("Back up now", Feather.SAVE, "backups-backup-now");
        backUp.getStyleClass().add("accent");
        backUp.disableProperty().bind(model.busyProperty().or(model.profileProperty().isNull()));
        backUp.setOnAction(event -> model.backUpNow());
        Label label = new Label("Database");
        AutoBackupToggle automatic = new AutoBackupToggle(autoBackups, model.profileProperty());
        KeepText.of(label, add, backUp, automatic);
        HBox chosen = new HBox(8, label, database);
        HBox actions = new HBox(8, add, backUp, automatic);
        chosen.setAlignment(Pos.CENTER_LEFT);
        actions.setAlignment(Pos.CENTER_LEFT);
        FlowPane bar = new FlowPane(16, 8, chosen, actions);
        bar.setAlignment(Pos.CENTER_LEFT);
        sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN), backUp::fire);
            }
        });
        return bar;
    }

    /** Checking and cleaning up on one row, restoring on the next; each wraps onto more rows in a narrow tab. */
    private VBox actionBar() {
        BooleanBinding noBackup = model.busyProperty().or(model.selectedProperty().isNull());
        Button restoreNew = button("Restore as new database…", Feather.COPY, "backups-restore-new");
        restoreNew.setOnAction(event -> model.restore(RestoreMode.NEW));
        Button replace = button("Restore (replace)…", Feather.ROTATE_CCW, "backups-restore-replace");
        replace.getStyleClass().add("danger");
        replace.setOnAction(event -> model.restore(RestoreMode.REPLACE));
        Button tables = button("Restore some tables…", Feather.LAYERS, "backups-restore-tables");
        tables.setOnAction(event -> {
            TableRestoreModel restore = model.tableRestore();
            if (restore != null) {
                TableRestoreDialog.show(getScene().getWindow(), restore);
            }
        });
        Button undo = button("Undo restore", Feather.CORNER_UP_LEFT, "backups-undo");
        undo.setOnAction(event -> model.undoRestore());
        undo.disableProperty().bind(model.busyProperty().or(model.lastReplaceProperty().isNull()));
        Button verify = button("Verify (test restore)", Feather.CHECK_SQUARE, "backups-verify");
        verify.setOnAction(event -> model.verify(false));
        Button quick = button("Quick check", Feather.HASH, "backups-quick-check");
        quick.setOnAction(event -> model.verify(true));
        Button upload = uploadButton();
        Button compare = button("Compare with live", Feather.BAR_CHART_2, "backups-compare");
        compare.setOnAction(event -> model.compareWithLive());
        Button delete = button("Delete…", Feather.TRASH_2, "backups-delete");
        delete.setOnAction(event -> cleanup.deleteSelected());
        Button prune = button("Prune…", Feather.SCISSORS, "backups-prune");
        prune.setOnAction(event -> cleanup.prune());
        prune.disableProperty().bind(model.busyProperty().or(model.profileProperty().isNull()));
        for (Button button : new Button[] {restoreNew, tables, replace, verify, quick, compare, delete}) {
            button.disableProperty().bind(noBackup);
        }
        FlowPane check = new FlowPane(8, 8, compare, verify, quick, upload, delete, prune);
        FlowPane restore = new FlowPane(8, 8, undo, restoreNew, tables, replace);
        for (FlowPane row : new FlowPane[] {check, restore}) {
            row.setAlignment(Pos.CENTER_LEFT);
            row.setPrefWrapLength(0); // as wide as the tab gives it, not 400 px
        }
        return new VBox(8, check, restore);
    }

    /** Enabled for a backup that is on this disk only, when S3 is configured; Ctrl+U. */
    private Button uploadButton() {
        Button upload = button("Upload to S3", Feather.UPLOAD_CLOUD, "backups-upload");
        upload.setOnAction(event -> model.uploadToS3());
        upload.disableProperty().bind(model.busyProperty().or(model.uploadable().not()));
        upload.setTooltip(new Tooltip(model.s3Location().map(location -> "Copy the backup to " + location + " (Ctrl+U)")
                .orElse("Configure S3 first: firebreak s3 configure --bucket NAME …")));
        sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.U, KeyCombination.SHORTCUT_DOWN), upload::fire);
            }
        });
        return upload;
    }

    private static Button button(String text, Feather icon, String id) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        return button;
    }

    @Override
    public void activate() {
        model.loadProfiles();
    }

    @Override
    public void deactivate() {
        // nothing polls in this tab: the catalog is re-read on every activation and after every job
    }

    /** "shop — app@db.example.com:5432/shop". */
    private static final class ProfileCell extends ListCell<ConnectionProfile> {
        @Override
        protected void updateItem(ConnectionProfile profile, boolean empty) {
            super.updateItem(profile, empty);
            setText(empty || profile == null ? null : profile.name() + " — " + profile.user() + "@" + profile.host() + ":"
                    + profile.port() + "/" + profile.database());
        }
    }
}
