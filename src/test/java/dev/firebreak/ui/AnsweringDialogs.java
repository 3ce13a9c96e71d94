package dev.firebreak.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The real dialogs, except errors (recorded, so a walk through the console stops with their text) and the native
 * folder chooser, which a robot cannot drive: it answers {@code directory}.
 */
record AnsweringDialogs(DialogService real, Path directory, List<String> errors) implements DialogService {
    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void notify(String message) {
        real.notify(message);
    }

    @Override
    public boolean confirm(String title, String plan) {
        return real.confirm(title, plan);
    }

    @Override
    public boolean confirmByTyping(String title, String plan, String expected) {
        return real.confirmByTyping(title, plan, expected);
    }

    @Override
    public Optional<Path> chooseDirectory(String title, Path initial) {
        try {
            return Optional.of(Files.createDirectories(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
