package dev.firebreak.ui.prepush;

import dev.firebreak.backup.BackupEvents;
import dev.firebreak.core.DomainEvent;
import dev.firebreak.core.EventBus;
import dev.firebreak.git.PushResult;
import dev.firebreak.git.RefUpdate;
import dev.firebreak.git.UpdateKind;
import dev.firebreak.prepush.CheckResult;
import dev.firebreak.prepush.Checklist;
import dev.firebreak.prepush.ScanResult;
import dev.firebreak.prepush.Verdict;
import dev.firebreak.ui.DialogService;
import dev.firebreak.ui.ErrorText;
import dev.firebreak.ui.Headline;
import dev.firebreak.ui.task.BackgroundTask;
import dev.firebreak.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and actions of the Pre-push tab. All git work goes through the {@link TaskExecutor}, never on the UI
 * thread; the view only binds to these properties.
 */
public final class PrePushViewModel {
    private final PrePushActions actions;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    private final ReadOnlyObjectWrapper<Path> repository = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Checklist> checklist = new ReadOnlyObjectWrapper<>();
    private final ObservableList<CheckResult> checks = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("Choose a repository to check");
    private final ReadOnlyStringWrapper verdictText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Headline> verdictHeadline = new ReadOnlyObjectWrapper<>(Headline.none(""));
    private final ReadOnlyObjectWrapper<Verdict> verdict = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private boolean refreshPending; // touched on the UI thread only
    private final StringProperty overrideReason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper lastResult = new ReadOnlyStringWrapper("");
    private final BooleanBinding canPush = Bindings.createBooleanBinding(this::pushAllowed, checklist, busy, overrideReason);

    private final DiffModel diff;

    public PrePushViewModel(PrePushActions actions, TaskExecutor executor, DialogService dialogs) {
        this.actions = actions;
        this.executor = executor;
        this.dialogs = dialogs;
        this.diff = new DiffModel(actions, executor);
    }

    /** Loads the diff of an outgoing file, with the analyzer's findings on it. */
    public void showDiff(String path) {
        Checklist current = checklist.get();
        if (current == null) {
            return;
        }
        current.outgoing().files().stream().filter(file -> file.path().equals(path)).findFirst()
                .ifPresent(file -> diff.load(repository.get(), file,
                        current.sqlScan().map(ScanResult::findings).orElse(List.of())));
    }

    DiffModel diff() {
        return diff;
    }

    /** Checks {@code dir} now; remembered as the last repository once it opens. */
    public void open(Path dir) {
        repository.set(dir);
        refresh();
    }

    /**
     * Checks again after every backup, restore or verification, wherever it happened (this console, a scheduled
     * backup's journal event): the Backup check must never show a stale answer until Refresh.
     */
    public Runnable followBackups(EventBus events) {
        return events.subscribe(DomainEvent.class, event -> {
            if (BackupEvents.changesBackups(event)) {
                Platform.runLater(this::refresh);
            }
        });
    }

    /** Checks the repository again; asked while a job runs, the check follows that job. */
    public void refresh() {
        Path dir = repository.get();
        if (dir == null) {
            return;
        }
        if (busy.get()) {
            refreshPending = true;
            return;
        }
        busy.set(true);
        executor.execute(BackgroundTask.of("Checking " + dir.getFileName(), monitor -> actions.evaluate(dir)).quick()
                .onSuccess(result -> {
                    show(result);
                    actions.remember(dir);
                    idle();
                })
                .onFailure(error -> {
                    showProblem(error);
                    idle();
                })
                .onCancelled(this::idle));
    }

    /** The job ended: run the check that was asked for meanwhile (another repository chosen, a push done). */
    private void idle() {
        busy.set(false);
        if (refreshPending) {
            refreshPending = false;
            refresh();
        }
    }

    /** Pushes exactly the reviewed plan; a blocked plan only with an override reason, a forced one after typing the branch. */
    public void push() {
        Checklist reviewed = checklist.get();
        if (reviewed == null || !canPush.get()) {
            return;
        }
        String reason = reviewed.verdict() == Verdict.BLOCK ? overrideReason.get().strip() : null;
        if (needsTypedConfirmation(reviewed) && !dialogs.confirmByTyping("Confirm the push", reviewed.headline()
                + (reason == null ? "" : "\nOverriding a BLOCK verdict because: " + reason), targetBranch(reviewed))) {
            return;
        }
        Path dir = repository.get();
        busy.set(true);
        executor.execute(BackgroundTask.of("Pushing to " + reviewed.plan().remoteName(),
                        monitor -> actions.push(dir, reviewed, reason, monitor))
                .onSuccess(result -> {
                    lastResult.set(result.message());
                    overrideReason.set("");
                    if (result.outcome() == PushResult.Outcome.PUSHED) {
                        dialogs.notify(result.message());
                    } else {
                        dialogs.showError(result.outcome() == PushResult.Outcome.REMOTE_MOVED
                                ? "The remote moved" : "Push failed", result.message());
                    }
                    refreshPending = true; // the remote, and maybe the verdict, changed
                    idle();
                })
                .onFailure(error -> {
                    idle();
                    dialogs.showError("Push failed", ErrorText.of(error) + "\nNothing else was changed.");
                })
                .onCancelled(() -> {
                    lastResult.set("Push cancelled");
                    refreshPending = true;
                    idle();
                }));
    }

    public void installHook() {
        Path dir = repository.get();
        if (dir == null) {
            return;
        }
        executor.execute(BackgroundTask.of("Installing the pre-push hook", monitor -> actions.installHook(dir)).quick()
                .onSuccess(dialogs::notify)
                .onFailure(error -> dialogs.showError("Could not install the hook", ErrorText.of(error))));
    }

    /** Push is possible with a plan that moves something, when nothing runs, and when allowed or overridden with a reason. */
    public BooleanBinding canPush() {
        return canPush;
    }

    private boolean pushAllowed() {
        Checklist current = checklist.get();
        return !busy.get() && current != null
                && current.plan().updates().stream().anyMatch(u -> u.kind() != UpdateKind.UP_TO_DATE)
                && (current.verdict() == Verdict.ALLOW || !overrideReason.get().isBlank());
    }

    private void show(Checklist result) {
        diff.clear();
        checklist.set(result);
        checks.setAll(result.checks());
        headline.set(result.headline());
        verdict.set(result.verdict());
        verdictHeadline.set(PrePushHeadline.of(result));
        verdictText.set(verdictHeadline.get().next());
    }

    private void showProblem(Throwable error) {
        checklist.set(null);
        checks.clear();
        verdict.set(null);
        headline.set(ErrorText.of(error));
        verdictHeadline.set(PrePushHeadline.unchecked());
        verdictText.set(verdictHeadline.get().next());
    }

    private static boolean needsTypedConfirmation(Checklist reviewed) {
        return reviewed.verdict() == Verdict.BLOCK
                || reviewed.plan().updates().stream().anyMatch(u -> u.isForced() || u.isDelete());
    }

    private static String targetBranch(Checklist reviewed) {
        return reviewed.plan().updates().stream().filter(u -> u.isForced() || u.isDelete()).findFirst()
                .or(() -> reviewed.plan().updates().stream().findFirst())
                .map(RefUpdate::remoteBranch).orElse("");
    }

    public ReadOnlyObjectProperty<Path> repositoryProperty() {
        return repository.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Checklist> checklistProperty() {
        return checklist.getReadOnlyProperty();
    }

    public ObservableList<CheckResult> checks() {
        return checks;
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verdictTextProperty() {
        return verdictText.getReadOnlyProperty();
    }

    /** The tab's largest text: BLOCKED, WARNING or ALLOWED, with its colour and the reasons under it. */
    public ReadOnlyObjectProperty<Headline> verdictHeadlineProperty() {
        return verdictHeadline.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Verdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public StringProperty overrideReasonProperty() {
        return overrideReason;
    }

    public ReadOnlyStringProperty lastResultProperty() {
        return lastResult.getReadOnlyProperty();
    }
}
