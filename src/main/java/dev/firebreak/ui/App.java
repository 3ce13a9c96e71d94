package dev.firebreak.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/** The console's composition root: builds services once and hands them to each tab's view model. */
public final class App extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Firebreak");
        stage.setScene(new Scene(new TabPane(), 1180, 780));
        stage.show();
    }
}
