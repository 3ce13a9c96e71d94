package dev.firebreak.ui.practice;

import dev.firebreak.practice.DrillRecord;
import dev.firebreak.practice.DrillStep;

/** Where the drill takes the user: to the control of the current step, or to the result of the step just done. */
public interface DrillGuide {
    /** Selects the tab of {@code record}'s current step and outlines and focuses the control to use there. */
    void pointAtStep(DrillRecord record);

    /** Selects the tab that shows {@code done}'s result and outlines and focuses the drill's Next button. */
    void showResult(DrillStep done);
}
