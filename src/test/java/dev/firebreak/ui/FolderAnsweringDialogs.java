package dev.firebreak.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The real dialogs, except the native folder chooser, which a robot cannot drive: it answers {@code directory}. */
public class FolderAnsweringDialogs implements DialogService {
    private final DialogService real;
    private final Path directory;

    public FolderAnsweringDialogs(DialogService real, Path directory) {
        this.real = real;
        this.directory = directory;
    }

    @Override
    public void showError(String title, String message) {
        real.showError(title, message);
    }

    @Override
    public void notify(String message) {
        real.notify(message);
    }

    @Override
    public void notify(String message, Path folder) {
        real.notify(message, folder);
    }

    @Override
    public boolean confirm(String title, String plan) {
        return real.confirm(title, plan);
    }

    @Override
    public boolean confirmByTyping(String title, String plan, String expected) {
        return real.confirmByTyping(title, plan, expected);
    }

    /** {@code directory}, made if it is not there yet, as the user would make it in the chooser. */
    @Override
    public Optional<Path> chooseDirectory(String title, Path initial) {
        try {
            return Optional.of(Files.createDirectories(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
