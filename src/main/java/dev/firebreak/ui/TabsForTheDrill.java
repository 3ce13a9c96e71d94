package dev.firebreak.ui;

import dev.firebreak.practice.Practice;
import dev.firebreak.prepush.Checklist;
import dev.firebreak.ui.backups.BackupsViewModel;
import dev.firebreak.ui.practice.DrillTabs;
import dev.firebreak.ui.prepush.PrePushViewModel;
import dev.firebreak.ui.timeline.TimelineViewModel;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The window's tabs as the drill sees them; the timeline joins once its journal is open. */
final class TabsForTheDrill implements DrillTabs {
    private final BackupsViewModel backups;
    private final PrePushViewModel prePush;
    private final ReadOnlyObjectWrapper<Long> exported = new ReadOnlyObjectWrapper<>();
    private TimelineViewModel timeline;

    TabsForTheDrill(BackupsViewModel backups, PrePushViewModel prePush) {
        this.backups = backups;
        this.prePush = prePush;
    }

    void timelineOpened(TimelineViewModel model) {
        timeline = model;
        exported.bind(model.exportedProperty());
    }

    @Override
    public void showPracticeProfile() {
        backups.select(Practice.PROFILE);
    }

    @Override
    public void forgetEarlierRun() {
        backups.forget();
        prePush.overrideReasonProperty().set("");
    }

    @Override
    public void openRepository(Path repository) {
        prePush.open(repository);
    }

    @Override
    public void recheckPush() {
        prePush.refresh();
    }

    @Override
    public ReadOnlyObjectProperty<Path> repository() {
        return prePush.repositoryProperty();
    }

    @Override
    public ReadOnlyObjectProperty<Checklist> checklist() {
        return prePush.checklistProperty();
    }

    @Override
    public void refreshTimeline() {
        if (timeline != null) {
            timeline.refresh();
        }
    }

    @Override
    public ReadOnlyObjectProperty<Long> exported() {
        return exported.getReadOnlyProperty();
    }
}
