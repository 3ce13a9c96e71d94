package dev.firebreak.backup;

import dev.firebreak.backup.connection.ConnectionProfile;
import dev.firebreak.backup.connection.Credentials;
import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.manifest.BackupLabel;
import dev.firebreak.core.EventBus;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.Timeouts;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A separate process for {@link TypedPasswordKillNineTest}: a backup of database {@code args[2]} at
 * {@code localhost:args[1]} as user {@code args[0]} with the password typed on stdin (as the CLI's prompt takes it),
 * without any libpq password source, into {@code $FIREBREAK_HOME}.
 */
public final class TypedPasswordBackup {
    private TypedPasswordBackup() {
    }

    public static void main(String[] args) throws Exception {
        String typed = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        Credentials credentials = Credentials.fromEnvironment(Map.of("PATH", System.getenv("PATH"),
                "HOME", System.getenv("HOME"))).withAskedPassword(typed.toCharArray());
        ConnectionProfile profile = new ConnectionProfile("shop", "localhost", Integer.parseInt(args[1]), args[2], args[0], "disable");
        BackupEngine.forHome(FirebreakHome.resolve(), Timeouts.DEFAULT, new EventBus())
                .backup(new Database(profile, credentials), BackupLabel.MANUAL).call(ProgressMonitor.NONE);
    }
}
