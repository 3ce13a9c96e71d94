package dev.firebreak.ui;

import dev.firebreak.core.Settings;
import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

/** The same walk at the size the console first opens with (1180×780), narrower still with the drill panel open. */
class LayoutFitAtDefaultSizeTest extends LayoutFitTest {
    @Override
    @Start // TestFX looks for it in this class only
    void start(Stage stage) throws Exception {
        super.start(stage);
    }

    @Override
    double width() {
        return new Settings().windowWidth;
    }

    @Override
    double height() {
        return new Settings().windowHeight;
    }
}
