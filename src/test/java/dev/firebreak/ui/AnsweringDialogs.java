package dev.firebreak.ui;

import java.nio.file.Path;
import java.util.List;

/**
 * The real dialogs, except errors (recorded, so a walk through the console stops with their text) and the native
 * folder chooser, which a robot cannot drive: it answers {@code directory}.
 */
final class AnsweringDialogs extends FolderAnsweringDialogs {
    private final List<String> errors;

    AnsweringDialogs(DialogService real, Path directory, List<String> errors) {
        super(real, directory);
        this.errors = errors;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }
}
