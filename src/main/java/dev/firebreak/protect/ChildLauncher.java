package dev.firebreak.protect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Ties a long-running child to this JVM: on Linux it is started through {@code setpriv --pdeathsig KILL} (util-linux),
 * so the kernel kills pg_receivewal when Firebreak dies, also by {@code kill -9}, when no shutdown hook runs. Elsewhere
 * (or without setpriv) the next {@code protect run} ends a pg_receivewal left behind, found by its pid file.
 */
final class ChildLauncher {
    private static final List<Path> SETPRIV = List.of(Path.of("/usr/bin/setpriv"), Path.of("/bin/setpriv"));

    private ChildLauncher() {
    }

    /** The launcher to put before the tool's path, or empty for none. */
    static List<String> tiedToThisProcess() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return List.of();
        }
        return SETPRIV.stream().filter(Files::isExecutable).filter(ChildLauncher::knowsPdeathsig).findFirst()
                .map(setpriv -> List.of(setpriv.toString(), "--pdeathsig", "KILL")).orElse(List.of());
    }

    private static boolean knowsPdeathsig(Path setpriv) {
        try {
            Process process = new ProcessBuilder(setpriv.toString(), "--help").redirectErrorStream(true).start();
            process.getOutputStream().close();
            String help = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor(10, TimeUnit.SECONDS) && help.contains("--pdeathsig");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
