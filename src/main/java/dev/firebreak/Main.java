package dev.firebreak;

import dev.firebreak.backup.store.LocalBackupStore;
import dev.firebreak.cli.Cli;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.HomeStartup;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Entry point: no arguments opens the console, and so does a backup manifest file as the only argument (how file
 * managers open a double-clicked {@code <id>.firebreak}) or an existing folder (the repository to check); any other
 * argument runs the command line.
 * A plain class (not an {@code Application}) so the JavaFX runtime is only touched on the console path;
 * the console is started reflectively so that the CLI path never loads a JavaFX class.
 */
public final class Main {
    private static final String CONSOLE = "dev.firebreak.ui.Console";

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        FirebreakHome.configureLogging();
        HomeStartup.prepare(FirebreakHome.resolve());
        if (opensConsole(args)) {
            try {
                Class.forName(CONSOLE).getMethod("launch", String[].class).invoke(null, (Object) args);
            } catch (InvocationTargetException e) {
                // typically "Unable to open DISPLAY" on a server or over ssh: say so instead of a stack trace
                System.err.println("firebreak: the console cannot open a window (" + e.getCause().getMessage()
                        + "). Everything also works from the command line: firebreak --help");
                System.exit(Cli.USAGE);
            }
        } else {
            System.exit(Cli.run(args));
        }
    }

    /** No command ever ends in the manifest's extension, so an existing such file cannot be meant for the CLI. */
    static boolean opensConsole(String[] args) {
        if (args.length == 0) {
            return true;
        }
        try {
            return args.length == 1 && (args[0].endsWith(LocalBackupStore.MANIFEST_EXTENSION)
                    && Files.isRegularFile(Path.of(args[0])) || isRepositoryFolder(args[0]));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** {@code firebreak PATH} opens the console on PATH, unless a subcommand has that name (a folder "check"). */
    private static boolean isRepositoryFolder(String arg) {
        return Files.isDirectory(Path.of(arg)) && !Cli.commandLine(new PrintWriter(Writer.nullWriter()),
                new PrintWriter(Writer.nullWriter())).getSubcommands().containsKey(arg);
    }
}
