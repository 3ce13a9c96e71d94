package dev.firebreak.ui.prepush;

import dev.firebreak.git.OutgoingChanges;
import dev.firebreak.git.OutgoingCommit;
import dev.firebreak.git.OutgoingFile;
import dev.firebreak.prepush.CheckResult;
import dev.firebreak.prepush.Checklist;
import dev.firebreak.prepush.ScanResult;
import dev.firebreak.prepush.SqlFinding;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** One click below the checklist: the selected check's details, the outgoing commits and files, the SQL findings. */
final class DetailsPane extends TabPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final ListView<String> details = new ListView<>();
    private final TableView<OutgoingCommit> commits = new TableView<>();
    private final TableView<OutgoingFile> files = new TableView<>();
    private final ListView<SqlFinding> findings = new ListView<>();
    private final Tab commitsTab = new Tab("Commits", commits);
    private final Tab filesTab = new Tab("Files", files);
    private final Tab sqlTab = new Tab("SQL findings", findings);
    private final Tab diffTab;

    DetailsPane(PrePushViewModel model, ObservableValue<CheckResult> selected) {
        ReadOnlyObjectProperty<Checklist> checklist = model.checklistProperty();
        diffTab = new Tab("Diff", new DiffView(model.diff()));
        setId("prepush-details");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        details.setId("prepush-check-details");
        details.setPlaceholder(new javafx.scene.control.Label("Select a check to see its details"));
        commits.setId("prepush-commits");
        files.setId("prepush-files");
        findings.setId("prepush-sql-findings");
        findings.setPlaceholder(new javafx.scene.control.Label("No destructive SQL in the outgoing files"));
        findings.setCellFactory(list -> new FindingCell());
        commits.getColumns().setAll(List.of(column("Commit", OutgoingCommit::shortSha, 80),
                column("Author", OutgoingCommit::author, 140), column("When", c -> TIME.format(c.time()), 130),
                column("Subject", OutgoingCommit::subject, 420)));
        files.getColumns().setAll(List.of(column("File", OutgoingFile::path, 420),
                column("Change", f -> f.change().name().toLowerCase(), 80),
                column("+", f -> f.binary() ? "bin" : "+" + f.added(), 60),
                column("−", f -> f.binary() ? "" : "−" + f.removed(), 60)));
        getTabs().setAll(new Tab("Details", details), commitsTab, filesTab, sqlTab, diffTab);
        files.getSelectionModel().selectedItemProperty().addListener((observable, old, file) -> {
            if (file != null) {
                model.showDiff(file.path());
            }
        });
        findings.getSelectionModel().selectedItemProperty().addListener((observable, old, finding) -> {
            if (finding != null) {
                model.showDiff(finding.file());
            }
        });
        for (javafx.scene.control.Control list : List.of(files, findings)) {
            list.setOnMouseClicked(event -> openDiffWhen(event.getClickCount() == 2));
            list.setOnKeyPressed(event -> openDiffWhen(event.getCode() == javafx.scene.input.KeyCode.ENTER));
        }
        checklist.addListener((observable, old, now) -> show(now));
        selected.addListener((observable, old, now) -> select(now));
    }

    private void show(Checklist checklist) {
        OutgoingChanges outgoing = checklist == null ? OutgoingChanges.NONE : checklist.outgoing();
        commits.getItems().setAll(outgoing.commits());
        files.getItems().setAll(outgoing.files());
        commitsTab.setText("Commits (" + outgoing.commitCount() + ")");
        filesTab.setText("Files (" + outgoing.files().size() + ")");
        List<SqlFinding> found = checklist == null ? List.of()
                : checklist.sqlScan().map(ScanResult::findings).orElse(List.of());
        findings.getItems().setAll(found);
        sqlTab.setText("SQL findings (" + found.size() + ")");
        details.getItems().clear();
    }

    /** Shows the check's details and jumps to the tab that explains it best. */
    private void select(CheckResult check) {
        details.getItems().setAll(check == null ? List.of()
                : check.details().isEmpty() ? List.of(check.summary()) : check.details());
        if (check == null) {
            return;
        }
        switch (check.id()) {
            case "outgoing" -> getSelectionModel().select(commitsTab);
            case "destructive-sql" -> getSelectionModel().select(sqlTab);
            default -> getSelectionModel().select(0);
        }
    }

    /** Double click or Enter on a file or a finding opens its diff. */
    private void openDiffWhen(boolean asked) {
        if (asked) {
            getSelectionModel().select(diffTab);
        }
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new SimpleObjectProperty<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** Error-level findings in red: these are the lines that would destroy data. */
    private static final class FindingCell extends ListCell<SqlFinding> {
        @Override
        protected void updateItem(SqlFinding finding, boolean empty) {
            super.updateItem(finding, empty);
            getStyleClass().remove("status-fail");
            setText(empty || finding == null ? null : finding.describe());
            if (!empty && finding != null && finding.error()) {
                getStyleClass().add("status-fail");
            }
        }
    }
}
