package dev.firebreak;

import dev.firebreak.cli.Cli;
import dev.firebreak.core.FirebreakHome;
import java.lang.reflect.InvocationTargetException;

/**
 * Entry point: no arguments opens the console, any argument runs the command line.
 * A plain class (not an {@code Application}) so the JavaFX runtime is only touched on the console path;
 * the console is started reflectively so that the CLI path never loads a JavaFX class.
 */
public final class Main {
    private static final String CONSOLE = "dev.firebreak.ui.Console";

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        FirebreakHome.configureLogging();
        if (args.length == 0) {
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
}
