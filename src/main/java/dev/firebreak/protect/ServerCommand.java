package dev.firebreak.protect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How to start {@code postgres} as our child. PostgreSQL refuses to run as root, which Firebreak may be (CI, a server
 * admin's sudo): there it starts in a new user namespace ({@code unshare --user}), where it is "nobody" yet still the
 * owner of our 0700 files. Entering the namespace clears the kernel's parent-death signal, so it is set again inside
 * with {@code setpriv --pdeathsig}: the server still dies with Firebreak.
 */
final class ServerCommand {
    private ServerCommand() {
    }

    static List<String> of(List<String> postgres) {
        List<String> command = new ArrayList<>();
        if (runningAsRoot()) {
            command.addAll(List.of(program("unshare"), "--user", "--"));
            find("setpriv").ifPresent(setpriv -> command.addAll(List.of(setpriv, "--pdeathsig", "TERM", "--")));
        }
        command.addAll(postgres);
        return command;
    }

    static boolean runningAsRoot() {
        try {
            return System.getProperty("os.name", "").startsWith("Linux")
                    && Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String program(String name) {
        return find(name).orElseThrow(() -> new dev.firebreak.core.UserFacingException("Firebreak runs as root, and "
                + "PostgreSQL refuses to: it needs util-linux's " + name + " to start the sandbox server as an "
                + "unprivileged user (apt-get install util-linux), or run Firebreak as an ordinary user."));
    }

    private static Optional<String> find(String name) {
        return List.of(Path.of("/usr/bin", name), Path.of("/bin", name)).stream().filter(Files::isExecutable)
                .map(Path::toString).findFirst();
    }
}
