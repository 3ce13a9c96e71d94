package dev.firebreak.ui.practice;

import dev.firebreak.core.Numbers;
import dev.firebreak.practice.DrillRecord;
import dev.firebreak.practice.DrillStep;
import dev.firebreak.practice.DrillTracker;
import dev.firebreak.practice.Practice;
import dev.firebreak.practice.PracticeRepository;
import dev.firebreak.practice.SampleShop;
import dev.firebreak.prepush.Checklist;
import dev.firebreak.prepush.Verdict;
import dev.firebreak.timeline.EntrySource;
import dev.firebreak.timeline.Journal;
import dev.firebreak.ui.DialogService;
import dev.firebreak.ui.ErrorText;
import dev.firebreak.ui.task.BackgroundTask;
import dev.firebreak.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The guided drill over the real tabs: it starts practice mode, points at the real buttons, and advances when the real
 * action's result arrives — backup and restore events through the {@link DrillTracker}, the Pre-push tab's verdict,
 * the Timeline tab's export. Each step done pauses on its result (the green verification, the blocked push, the rows
 * missing, the customers back) until the user presses Next. Its own actions are only "Deploy anyway", which the tabs
 * have no button for, and Next.
 */
public final class DrillViewModel {
    private final Practice practice;
    private final DrillTracker tracker;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final DrillTabs tabs;
    private final DrillGuide guide;

    private final ReadOnlyObjectWrapper<DrillRecord> record = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<DrillStep> paused = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper resetNote = new ReadOnlyStringWrapper("");
    private Path repository;
    private Journal journal;

    /** @param guide takes the user to the current step's control, or to the result of the step just done */
    public DrillViewModel(Practice practice, DrillTracker tracker, TaskExecutor executor, DialogService dialogs,
                          DrillTabs tabs, DrillGuide guide) {
        this.practice = practice;
        this.tracker = tracker;
        this.executor = executor;
        this.dialogs = dialogs;
        this.tabs = tabs;
        this.guide = guide;
        tracker.onChange(changed -> Platform.runLater(() -> show(changed)));
        tabs.checklist().addListener((observable, old, checklist) -> pushChecked(checklist));
    }

    /** Starts (or restarts) the practice server, shows the practice profile and repository, and points at step 1. */
    public void start() {
        run("Starting practice mode", practice::start, setup -> {
            active.set(true);
            repository = setup.repository().toAbsolutePath().normalize();
            tabs.showPracticeProfile();
            tabs.openRepository(setup.repository());
            show(tracker.record());
        });
    }

    /** Called once the journal is open: the deploy opens its incident there and step 5 watches its export. */
    public void attach(Journal opened) {
        journal = opened;
        tabs.exported().addListener((observable, old, incident) -> exported(incident));
    }

    /** "Deploy anyway": after a deliberate OK, runs the feature branch's migration on the practice shop as the CI did. */
    public void deployAnyway() {
        if (journal == null) {
            dialogs.showError("Not yet", "The incident journal is still opening; try again in a moment. Nothing was changed.");
            return;
        }
        if (!dialogs.confirm("Deploy anyway", "The CI deploys " + PracticeRepository.FEATURE_BRANCH + " to the practice database "
                + "'shop': its migration drops the customers and orders tables. Only the practice database is touched.")) {
            return;
        }
        run("Deploying the feature branch (practice)", monitor -> practice.badDeploy().call(journal), deployed -> {
            dialogs.notify(deployed.summary());
            tabs.refreshTimeline();
        });
    }

    /**
     * Deletes the practice data (after a deliberate OK) and starts the drill again from step 1, with nothing of the last
     * run left in the tabs: its incident's clock, Undo restore, the comparison, the override reason; then says so.
     */
    public void resetAndRunAgain() {
        if (!dialogs.confirm("Reset practice mode", "Deletes the practice shop, repository, drill record and the backups of "
                + "the 'practice' profile, and creates them afresh; the last run's incident is resolved. No other database, "
                + "profile or backup is touched.")) {
            return;
        }
        Long incident = record.get() == null ? null : record.get().incident();
        run("Resetting practice mode", monitor -> {
            boolean resolved = incident != null && journal != null && journal.incident(incident).isOpen();
            if (resolved) {
                journal.resolve(incident, EntrySource.PRACTICE); // the last run's incident is over
            }
            Practice.Setup setup = practice.reset(monitor);
            tracker.restart();
            return new Reset(setup, resolved ? incident : null);
        }, reset -> {
            active.set(true);
            paused.set(null);
            tabs.forgetEarlierRun();
            tabs.showPracticeProfile();
            tabs.openRepository(reset.setup().repository());
            tabs.refreshTimeline(); // the status bar's incident clock stops with the resolved incident
            resetNote.set(resetText(reset.resolvedIncident()));
            dialogs.notify(resetNote.get());
            show(tracker.record());
        });
    }

    /** Points at the current step's tab and button again (or at Next, while a result is shown). */
    public void showMe() {
        if (paused.get() != null) {
            guide.showResult(paused.get());
        } else if (record.get() != null) {
            guide.pointAtStep(record.get());
        }
    }

    /** "Next": leaves the result of the step just done for the next step's tab and control. */
    public void next() {
        if (paused.get() != null) {
            paused.set(null);
            advance(record.get());
        }
    }

    /** The practice server stops with the console, unless another Firebreak process started it. */
    public void close() {
        if (practice.serverStartedHere()) {
            practice.stop();
        }
    }

    /**
     * Step 2 is done when, with step 2 current, the Pre-push tab shows the practice branch's push to main blocked (its
     * Push button then stays disabled): the drill has brought the tab forward for the user to read the reasons.
     */
    private void pushChecked(Checklist checklist) {
        Path shown = tabs.repository().get();
        DrillRecord current = record.get();
        if (active.get() && paused.get() == null && current != null
                && current.current().equals(Optional.of(DrillStep.PUSH_BLOCKED))
                && checklist != null && checklist.verdict() == Verdict.BLOCK && shown != null
                && shown.toAbsolutePath().normalize().equals(repository)) {
            complete(DrillStep.PUSH_BLOCKED);
        }
    }

    /** Step 5 is done when the drill's incident, with a line someone typed, has been exported. */
    private void exported(Long incident) {
        DrillRecord current = record.get();
        if (!active.get() || incident == null || current == null || !incident.equals(current.incident())) {
            return;
        }
        executor.execute(BackgroundTask.of("Checking the drill's timeline", monitor -> journal.entries(incident).stream()
                        .anyMatch(entry -> entry.source() == EntrySource.MANUAL)).quick()
                .onSuccess(typed -> {
                    if (typed) {
                        complete(DrillStep.POSTMORTEM);
                    } else {
                        dialogs.notify("Add a line to the incident first (Ctrl+L), then export again");
                    }
                }));
    }

    private record Reset(Practice.Setup setup, Long resolvedIncident) {
    }

    /** What a reset did, in the words of what the user saw before it. */
    static String resetText(Long resolvedIncident) {
        return "Reset: a fresh shop of " + Numbers.count(SampleShop.CUSTOMERS) + " customers, practice repository and drill; "
                + "the practice backups deleted"
                + (resolvedIncident == null ? "" : "; incident " + resolvedIncident + " resolved")
                + ". Undo restore, the comparison with live and the override reason are cleared.";
    }

    private void complete(DrillStep step) {
        executor.execute(BackgroundTask.of("Recording the drill", monitor -> {
            tracker.complete(step);
            return step;
        }).quick());
    }

    /** A step just done (with one still to do) pauses on its result; any other change leaves a pause as it is. */
    private void show(DrillRecord changed) {
        DrillRecord before = record.get();
        record.set(changed);
        if (!active.get()) {
            return;
        }
        Optional<DrillStep> justDone = before == null || !before.startedAt().equals(changed.startedAt()) ? Optional.empty()
                : changed.done().keySet().stream().filter(step -> !before.isDone(step)).findFirst();
        if (!changed.done().isEmpty()) {
            resetNote.set(""); // the new run is under way
        }
        if (justDone.isPresent() && changed.current().isPresent()) {
            paused.set(justDone.get());
            guide.showResult(justDone.get());
        } else if (paused.get() == null || !before.startedAt().equals(changed.startedAt())) {
            paused.set(null);
            advance(changed);
        }
    }

    private void advance(DrillRecord changed) {
        guide.pointAtStep(changed);
        if (changed.current().equals(Optional.of(DrillStep.PUSH_BLOCKED))) {
            tabs.recheckPush(); // checked when the drill started: step 1's backup changes the backup rule's finding
        }
        pushChecked(tabs.checklist().get()); // the tab may show the blocked push already
    }

    private <T> void run(String title, BackgroundTask.Work<T> work, Consumer<T> done) {
        busy.set(true);
        executor.execute(BackgroundTask.of(title, work)
                .onSuccess(result -> {
                    busy.set(false);
                    done.accept(result);
                })
                .onFailure(error -> {
                    busy.set(false);
                    dialogs.showError(title + " failed", ErrorText.of(error));
                })
                .onCancelled(() -> busy.set(false)));
    }

    /** "Recovered in 38.2 s …" once the drill has a recovery time, else empty. */
    static String recoveryText(DrillRecord drill) {
        return drill.recoveryTime().map(time -> String.format(Locale.ROOT,
                "Recovered in %.1f s — from the bad deploy to all 1,247 customers back", time.toMillis() / 1000.0)).orElse("");
    }

    public ReadOnlyObjectProperty<DrillRecord> recordProperty() {
        return record.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** The step whose result is shown until Next, or null while the drill points at a step to do. */
    public ReadOnlyObjectProperty<DrillStep> pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    /** What the last reset cleared, until the new run's first step is done; else empty. */
    public ReadOnlyStringProperty resetNoteProperty() {
        return resetNote.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
