package dev.firebreak.ui;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything a view model may ask of the user, behind one interface so view models never build dialogs
 * themselves and tests can answer for the user.
 */
public interface DialogService {
    /** Shows a failure: what happened, what was left untouched and what to do next. Never a stack trace. */
    void showError(String title, String message);

    void notify(String message);

    /** A notice about files written into {@code folder}: clicking it opens the folder. */
    default void notify(String message, Path folder) {
        notify(message);
    }

    /** Shows a plan and asks for an explicit OK (Cancel is the default). */
    boolean confirm(String title, String plan);

    /** Asks the user to type {@code expected} (a branch or database name) to confirm a dangerous action. */
    boolean confirmByTyping(String title, String plan, String expected);

    Optional<Path> chooseDirectory(String title, Path initial);
}
