package dev.firebreak.ui.timeline;

import dev.firebreak.core.UserFacingException;
import dev.firebreak.timeline.Capture;
import dev.firebreak.timeline.CaptureParser;
import dev.firebreak.timeline.EntryKind;
import dev.firebreak.timeline.EntrySource;
import dev.firebreak.timeline.Incident;
import dev.firebreak.timeline.Journal;
import dev.firebreak.timeline.KeyTimes;
import dev.firebreak.timeline.Milestone;
import dev.firebreak.timeline.Postmortem;
import dev.firebreak.timeline.Severity;
import dev.firebreak.timeline.TimelineRow;
import dev.firebreak.timeline.export.PostmortemFiles;
import dev.firebreak.ui.DialogService;
import dev.firebreak.ui.ErrorText;
import dev.firebreak.ui.Headline;
import dev.firebreak.ui.task.BackgroundTask;
import dev.firebreak.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State and actions of the Timeline tab: the incidents, the chosen one's timeline, and the capture line. Every
 * journal call runs through the {@link TaskExecutor}; results come back on the UI thread.
 */
public final class TimelineViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(TimelineViewModel.class);

    private final Journal journal;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final CaptureParser parser;

    private final ObservableList<Incident> incidents = FXCollections.observableArrayList();
    private final ObjectProperty<Incident> selected = new SimpleObjectProperty<>();
    private final ObservableList<TimelineRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("No incident open: everything goes to the Operations log");
    private final StringProperty captureText = new SimpleStringProperty("");
    private final ObjectProperty<EntryKind> captureKind = new SimpleObjectProperty<>(EntryKind.NOTE);
    private final StringProperty newTitle = new SimpleStringProperty("");
    private final ObjectProperty<Severity> newSeverity = new SimpleObjectProperty<>(Severity.SEV2);
    private final ObjectProperty<TimelineRow> selectedRow = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<TimelineRow> amending = new ReadOnlyObjectWrapper<>();
    private final PostmortemForm postmortem = new PostmortemForm();
    private final IncidentPulse pulse;
    private final ZoneId zone;
    private final ReadOnlyObjectWrapper<Headline> situation = new ReadOnlyObjectWrapper<>();
    private Long postmortemOf;
    private TimelineSnapshot displayed; // on the UI thread: the last read shown
    // on the worker: the last read, maybe not yet shown, which the next continues (a refresh asked for while the
    // first read of a large incident runs must not read it all again)
    private volatile TimelineSnapshot read;
    private final ReadOnlyObjectWrapper<Long> exported = new ReadOnlyObjectWrapper<>();
    /** Where each incident's postmortem went, so exporting it again starts there; the last folder for the others. */
    private final Map<Long, Path> exportFolders = new HashMap<>();
    private Path lastExportFolder;
    private AutoCloseable following = () -> { };
    private boolean showing;

    public TimelineViewModel(Journal journal, TaskExecutor executor, DialogService dialogs, ZoneId zone) {
        this.journal = journal;
        this.executor = executor;
        this.dialogs = dialogs;
        this.parser = new CaptureParser(journal.clock(), zone);
        this.pulse = new IncidentPulse(journal.clock());
        this.zone = zone;
        updateSituation();
        pulse.elapsedProperty().addListener((observable, old, now) -> updateSituation()); // the minutes since impact
        selected.addListener((observable, old, now) -> {
            if (!showing && now != null && (old == null || old.id() != now.id())) {
                refresh();
            }
        });
    }

    /** Reloads the incidents and the chosen incident's timeline (by default the open incident, else the newest). */
    public void refresh() {
        Long wanted = selected.get() == null ? null : selected.get().id();
        executor.execute(BackgroundTask.of("Reading the journal", monitor -> read = TimelineSnapshot.read(journal, wanted, read)).quick()
                .onSuccess(this::show)
                .onFailure(error -> dialogs.showError("Cannot read the journal", ErrorText.of(error))));
    }

    /** While the tab is shown: other machines' appends to a shared journal show up without waiting. */
    public void follow() {
        unfollow();
        try {
            following = journal.follow(() -> Platform.runLater(this::refresh));
        } catch (UserFacingException e) {
            dialogs.notify("Entries from other machines appear when the tab is shown again: " + e.getMessage());
        }
    }

    public void unfollow() {
        try {
            following.close();
        } catch (Exception e) {
            LOG.debug("Stopping to follow the journal", e);
        }
        following = () -> { };
    }

    /** Appends the capture line to the chosen incident (else the open one, else the Operations log) at its time. */
    public void capture() {
        String line = captureText.get().strip();
        if (line.isEmpty()) {
            return;
        }
        TimelineRow corrected = amending.get();
        amending.set(null);
        append(line, captureKind.get(), corrected, parser::parse);
    }

    /**
     * Logs {@code milestone} now, with the capture line (if any) as its detail and time: "2:03 customer called" gives
     * "Detected: customer called" at 2:03. A milestone moves the incident's status forward, never back.
     */
    public void logMilestone(Milestone milestone) {
        if (amending.get() != null) {
            return;
        }
        String line = captureText.get().strip();
        append(line, EntryKind.MILESTONE, null,
                text -> text.isEmpty() ? parser.parse(milestone.title()) : parser.parse(text).titled(milestone));
    }

    private void append(String line, EntryKind kind, TimelineRow corrected, Function<String, Capture> parse) {
        captureText.set("");
        Long chosen = selected.get() == null ? null : selected.get().id();
        executor.execute(BackgroundTask.of("Logging", monitor -> {
            if (corrected != null) {
                return journal.append(parse.apply(line).amending(corrected, EntrySource.MANUAL));
            }
            long incident = chosen == null ? journal.target().id() : chosen;
            return journal.append(parse.apply(line).toEntry(incident, kind, EntrySource.MANUAL));
        }).quick().onSuccess(entry -> refresh()).onFailure(error -> {
            if (captureText.get().isEmpty()) {
                captureText.set(line);
            }
            dialogs.showError("Not logged", ErrorText.of(error) + "\nYour text is still in the capture line.");
        }));
    }

    /** Puts the selected row's text in the capture line; Enter then appends the correction (same time unless retyped). */
    public void amendSelected() {
        TimelineRow row = selectedRow.get();
        if (row != null && !row.struck()) {
            amending.set(row);
            captureText.set(row.current().text());
        }
    }

    public void cancelAmend() {
        if (amending.get() != null) {
            amending.set(null);
            captureText.set("");
        }
    }

    /** Crosses the selected row out with a new entry; nothing is deleted and the history keeps the text. */
    public void strikeSelected() {
        TimelineRow row = selectedRow.get();
        if (row == null || row.struck()) {
            return;
        }
        executor.execute(BackgroundTask.of("Striking entry " + row.current().id(),
                        monitor -> journal.append(Capture.striking(row, EntrySource.MANUAL))).quick()
                .onSuccess(entry -> refresh())
                .onFailure(error -> dialogs.showError("Not struck", ErrorText.of(error))));
    }

    /** Pins the selected row so it stands out in the timeline, or unpins it; again by a new entry. */
    public void togglePinSelected() {
        TimelineRow row = selectedRow.get();
        if (row == null || row.struck()) {
            return;
        }
        boolean pin = !row.current().pinned();
        executor.execute(BackgroundTask.of(pin ? "Pinning" : "Unpinning", monitor -> journal.append(Capture.pinning(row, pin, EntrySource.MANUAL))).quick()
                .onSuccess(entry -> refresh())
                .onFailure(error -> dialogs.showError(pin ? "Not pinned" : "Not unpinned", ErrorText.of(error))));
    }

    public void savePostmortem() {
        Incident incident = selected.get();
        if (incident == null) {
            return;
        }
        Postmortem written = postmortem.toPostmortem();
        executor.execute(BackgroundTask.of("Saving the postmortem", monitor -> {
            journal.savePostmortem(incident.id(), written);
            return incident.id();
        }).quick().onSuccess(id -> dialogs.notify("Postmortem of incident " + id + " saved"))
                .onFailure(error -> dialogs.showError("Postmortem not saved", ErrorText.of(error))));
    }

    /**
     * Writes the postmortem (as saved) as Markdown, HTML and JSON into a directory the user chooses, starting where this
     * incident was exported before, else the last export's folder, else the user's documents folder.
     */
    public void exportPostmortem() {
        Incident incident = selected.get();
        if (incident == null) {
            return;
        }
        Path startIn = exportFolders.getOrDefault(incident.id(), lastExportFolder != null ? lastExportFolder : ExportFolder.documents());
        dialogs.chooseDirectory("Export the postmortem of incident " + incident.id(), startIn).ifPresent(directory ->
                executor.execute(BackgroundTask.of("Exporting the postmortem",
                                monitor -> PostmortemFiles.write(journal, incident.id(), directory)).quick()
                        .onSuccess(files -> {
                            exportFolders.put(incident.id(), directory);
                            lastExportFolder = directory;
                            dialogs.notify("Wrote " + files.get(0).getFileName() + ", .html and .json to " + directory
                                    + " (click to open the folder)", directory);
                            exported.set(null); // a second export of the same incident is news too
                            exported.set(incident.id());
                        })
                        .onFailure(error -> dialogs.showError("Postmortem not exported", ErrorText.of(error)))));
    }

    public void openIncident() {
        String title = newTitle.get();
        Severity severity = newSeverity.get();
        executor.execute(BackgroundTask.of("Opening an incident", monitor -> journal.openIncident(title, severity, EntrySource.MANUAL)).quick()
                .onSuccess(incident -> {
                    newTitle.set("");
                    selected.set(incident);
                })
                .onFailure(error -> dialogs.showError("No incident opened", ErrorText.of(error))));
    }

    public void resolve() {
        Incident incident = selected.get();
        if (incident == null) {
            return;
        }
        executor.execute(BackgroundTask.of("Resolving incident " + incident.id(), monitor -> journal.resolve(incident.id(), EntrySource.MANUAL)).quick()
                .onSuccess(entry -> refresh())
                .onFailure(error -> dialogs.showError("Not resolved", ErrorText.of(error))));
    }

    private void show(TimelineSnapshot snapshot) {
        showing = true;
        incidents.setAll(snapshot.incidents());
        selected.set(snapshot.selected());
        showing = false;
        if (displayed == null || snapshot.rows() != displayed.rows()) {
            rows.setAll(snapshot.rows());
        }
        displayed = snapshot;
        headline.set(snapshot.headline());
        pulse.underwayProperty().set(snapshot.underway());
        updateSituation();
        Incident shown = snapshot.selected();
        if (shown != null && !Long.valueOf(shown.id()).equals(postmortemOf)) {
            // only when another incident is shown: a refresh after each capture must not undo unsaved edits
            postmortem.load(shown.postmortem());
            postmortemOf = shown.id();
        }
    }

    /** "SEV1 · incident 1 · 2 h 14 min" while an incident is open, else empty; kept current every minute. */
    public ReadOnlyStringProperty incidentElapsedProperty() {
        return pulse.elapsedProperty();
    }

    /** "Nothing logged for 15 min …" during an open incident gone quiet, else empty: a hint, never a dialog. */
    public ReadOnlyStringProperty quietReminderProperty() {
        return pulse.reminderProperty();
    }

    /** Recomputes the clock-driven texts now rather than at the next tick. */
    void tickPulse() {
        pulse.tick();
    }

    /** The incident whose postmortem was exported last (null before the first export). */
    public ReadOnlyObjectProperty<Long> exportedProperty() {
        return exported.getReadOnlyProperty();
    }

    public ObservableList<Incident> incidents() {
        return incidents;
    }

    public ObjectProperty<Incident> selectedProperty() {
        return selected;
    }

    public ObjectProperty<TimelineRow> selectedRowProperty() {
        return selectedRow;
    }

    public ReadOnlyObjectProperty<TimelineRow> amendingProperty() {
        return amending.getReadOnlyProperty();
    }

    public PostmortemForm postmortem() {
        return postmortem;
    }

    public ObservableList<TimelineRow> rows() {
        return rows;
    }

    /** "Incident 3 · SEV1 · investigating · Detected 02:03 +01:00": the incident shown and its milestones. */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** The tab's largest text: the open incident, how long since impact, the next missing milestone. */
    public ReadOnlyObjectProperty<Headline> situationProperty() {
        return situation.getReadOnlyProperty();
    }

    private void updateSituation() {
        TimelineSnapshot shown = displayed;
        situation.set(TimelineHeadline.of(new TimelineHeadline.Situation(shown == null ? null : shown.open(),
                shown == null ? KeyTimes.of(List.of()) : shown.openTimes(), journal.clock().instant(), zone)));
    }

    public StringProperty captureTextProperty() {
        return captureText;
    }

    public ObjectProperty<EntryKind> captureKindProperty() {
        return captureKind;
    }

    public StringProperty newTitleProperty() {
        return newTitle;
    }

    public ObjectProperty<Severity> newSeverityProperty() {
        return newSeverity;
    }
}
