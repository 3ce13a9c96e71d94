package dev.firebreak.ui.prepush;

import dev.firebreak.git.DiffLine;
import dev.firebreak.git.OutgoingFile;
import dev.firebreak.prepush.SqlFinding;
import dev.firebreak.ui.task.BackgroundTask;
import dev.firebreak.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The diff of one outgoing file, loaded off the UI thread, with the analyzer's findings keyed by new-side line. */
final class DiffModel {
    private final PrePushActions actions;
    private final TaskExecutor executor;
    private final ObservableList<DiffLine> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Select a file or a SQL finding to see its diff");
    private Map<Integer, String> findingsByLine = Map.of();

    DiffModel(PrePushActions actions, TaskExecutor executor) {
        this.actions = actions;
        this.executor = executor;
    }

    void load(Path repository, OutgoingFile file, List<SqlFinding> findings) {
        if (file.binary() || file.submodule() || file.newBlob() == null && file.oldBlob() == null) {
            lines.clear();
            title.set(file.path() + ": " + (file.submodule() ? "submodule pointer" : "binary file") + ", no line diff");
            return;
        }
        title.set("Loading the diff of " + file.path() + "…");
        executor.execute(BackgroundTask.of("Reading the diff of " + file.path(), monitor -> actions.diff(repository, file)).quick()
                .onSuccess(diff -> {
                    findingsByLine = findings.stream().filter(f -> f.file().equals(file.path()))
                            .collect(Collectors.toMap(SqlFinding::line, f -> f.rule() + ": " + f.message(),
                                    (a, b) -> a + "; " + b));
                    lines.setAll(diff);
                    title.set(file.path() + "  (" + file.change().name().toLowerCase() + ", +" + file.added()
                            + " −" + file.removed() + ")");
                })
                .onFailure(error -> title.set("Could not read the diff of " + file.path() + ": " + error.getMessage())));
    }

    void clear() {
        lines.clear();
        findingsByLine = Map.of();
        title.set("Select a file or a SQL finding to see its diff");
    }

    /** What the analyzer says about this added line, or null. */
    String findingAt(DiffLine line) {
        return line.kind() == DiffLine.Kind.ADDED ? findingsByLine.get(line.newLine()) : null;
    }

    ObservableList<DiffLine> lines() {
        return lines;
    }

    ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
