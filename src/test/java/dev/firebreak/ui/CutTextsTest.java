package dev.firebreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The layout test's eyes, on texts cut on purpose: each kind of cut is found and named, a wrapped sentence is not. */
@ExtendWith(ApplicationExtension.class)
class CutTextsTest {
    private BorderPane window;

    @Start
    void start(Stage stage) {
        Label cut = new Label("Restore (replace) brings them back from the verified backup of 12:41");
        cut.setId("cut-headline");
        cut.setMaxWidth(200);
        Label wrapped = KeepText.wrapped("Restore (replace) brings them back from the verified backup of 12:41");
        wrapped.setId("wrapped-headline");
        wrapped.setMaxWidth(200);
        TextField owner = new TextField();
        owner.setId("narrow-owner");
        owner.setPromptText("Owner of the action item");
        owner.setMaxWidth(60);
        Button wide = new Button("Back up automatically every day");
        wide.setId("too-wide");
        KeepText.of(wide);
        HBox bar = new HBox(8, new Region(), wide);
        bar.getChildren().get(0).setStyle("-fx-min-width: 150px;");
        VBox panel = new VBox(new Label("Practice drill"));
        panel.setId("side-panel");
        panel.setMinWidth(200);
        window = new BorderPane(new VBox(8, cut, wrapped, owner, bar), null, panel, null, null);
        stage.setScene(new Scene(window, 420, 300));
        stage.show();
    }

    @Test
    void findsAnEllipsisAFieldNarrowerThanItsPromptAndASidePanelPushedOffTheWindow() throws Exception {
        CutTexts cuts = new CutTexts();
        WaitForAsyncUtils.asyncFx(() -> cuts.inspect("test window", window)).get();

        assertThat(cuts.found()).hasSize(3);
        assertThat(cuts.found().get(0)).startsWith("test window: Label#cut-headline shows \"Restore (replace) brings")
                .endsWith("of \"Restore (replace) brings them back from the verified backup of 12:41\"");
        assertThat(cuts.found().get(1)).startsWith("test window: TextField#narrow-owner is ")
                .contains("wide for its prompt \"Owner of the action item\"");
        // a bar too wide for its part of the window pushes the panel beside it off the edge
        assertThat(cuts.found().get(2)).startsWith("test window: Label 'Practice drill' in #side-panel reaches out of the window");
        assertThat(cuts.report()).startsWith("3 cut texts:");
    }
}
