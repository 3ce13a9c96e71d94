package dev.firebreak.ui.practice;

import dev.firebreak.prepush.Checklist;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * What the drill asks of the three tabs, so that it depends on none of them: the window implements it over their view
 * models, and the tabs stay slices that know nothing of each other or of the drill.
 */
public interface DrillTabs {
    /** Backups: show the practice profile. */
    void showPracticeProfile();

    /** Forget what an earlier run left on screen: Undo restore, the comparison with live, the override reason. */
    void forgetEarlierRun();

    /** Pre-push: check {@code repository}; and check the shown one again. */
    void openRepository(Path repository);

    void recheckPush();

    /** Pre-push: the repository shown and its checklist, as they change. */
    ReadOnlyObjectProperty<Path> repository();

    ReadOnlyObjectProperty<Checklist> checklist();

    /** Timeline: read the journal again (a deploy opened an incident, a reset resolved it); nothing before it opened. */
    void refreshTimeline();

    /** Timeline: the incident last exported, once the journal is open (until then null). */
    ReadOnlyObjectProperty<Long> exported();
}
