package dev.firebreak.ui;

import javafx.application.Application;

/** Starts the JavaFX console; called reflectively by {@code Main} so the CLI never loads JavaFX. */
public final class Console {
    private Console() {
    }

    public static void launch(String[] args) {
        Application.launch(App.class, args);
    }
}
