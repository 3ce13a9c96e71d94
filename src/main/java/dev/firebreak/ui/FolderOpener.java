package dev.firebreak.ui;

import dev.firebreak.core.DaemonThreads;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** Shows a folder in the desktop's file manager, by the platform's own command (an argument list, no shell). */
final class FolderOpener {
    private FolderOpener() {
    }

    /** Starts the file manager on {@code folder}; when it cannot be started, {@code failed} gets a sentence saying so. */
    static void open(Path folder, Consumer<String> failed) {
        List<String> command = List.of(opener(System.getProperty("os.name", "")), folder.toAbsolutePath().toString());
        CompletableFuture.runAsync(() -> {
            try {
                new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException e) {
                failed.accept("Could not open a file manager (" + command.get(0) + "): the files are in " + folder);
            }
        }, DaemonThreads.named("open-folder"));
    }

    static String opener(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        return os.contains("win") ? "explorer" : os.contains("mac") ? "open" : "xdg-open";
    }
}
