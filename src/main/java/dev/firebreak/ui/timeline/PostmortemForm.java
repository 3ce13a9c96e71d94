package dev.firebreak.ui.timeline;

import dev.firebreak.timeline.ActionItem;
import dev.firebreak.timeline.Lessons;
import dev.firebreak.timeline.Postmortem;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The postmortem's written fields as editable properties; loaded from and turned back into a {@link Postmortem}. */
public final class PostmortemForm {
    final StringProperty summary = new SimpleStringProperty("");
    final StringProperty impact = new SimpleStringProperty("");
    final StringProperty trigger = new SimpleStringProperty("");
    final StringProperty rootCauses = new SimpleStringProperty("");
    final StringProperty resolution = new SimpleStringProperty("");
    final StringProperty detection = new SimpleStringProperty("");
    final StringProperty wentWell = new SimpleStringProperty("");
    final StringProperty wentWrong = new SimpleStringProperty("");
    final StringProperty gotLucky = new SimpleStringProperty("");
    final ObservableList<ActionItem> actionItems = FXCollections.observableArrayList();

    void load(Postmortem postmortem) {
        summary.set(postmortem.summary());
        impact.set(postmortem.impact());
        trigger.set(postmortem.trigger());
        rootCauses.set(postmortem.rootCauses());
        resolution.set(postmortem.resolution());
        detection.set(postmortem.detection());
        wentWell.set(postmortem.lessons().wentWell());
        wentWrong.set(postmortem.lessons().wentWrong());
        gotLucky.set(postmortem.lessons().gotLucky());
        actionItems.setAll(postmortem.actionItems());
    }

    Postmortem toPostmortem() {
        return new Postmortem(summary.get(), impact.get(), trigger.get(), rootCauses.get(), resolution.get(),
                detection.get(), new Lessons(wentWell.get(), wentWrong.get(), gotLucky.get()), actionItems);
    }

    /** Flips an action item between open and done. */
    void toggleDone(int index) {
        ActionItem item = actionItems.get(index);
        actionItems.set(index, new ActionItem(item.text(), item.owner(), item.type(), !item.done()));
    }
}
