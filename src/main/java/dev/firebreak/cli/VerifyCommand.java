package dev.firebreak.cli;

import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.manifest.Verification;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code firebreak verify ID [--quick]}: a drill whose result is recorded in the backup's manifest. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Test-restore a backup into a scratch database and compare every table's row count (or --quick: "
                + "SHA-256 and archive listing). The result is recorded in the backup's manifest.")
public final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    FirebreakCommand root;

    @Parameters(paramLabel = "ID", description = "Backup id (see: firebreak backups list).")
    String id;

    @Option(names = "--quick", description = "Only the SHA-256 and pg_restore --list; no database is needed.")
    boolean quick;

    @Override
    public Integer call() {
        BackupContext context = new BackupContext(root.home());
        BackupManifest manifest = context.engine.manifest(id);
        Verification result;
        try (TerminalProgress progress = new TerminalProgress(spec.commandLine().getErr())) {
            result = context.engine.verify(id, quick ? null : context.sourceOf(manifest), quick).call(progress);
        }
        (result.passed() ? spec.commandLine().getOut() : spec.commandLine().getErr())
                .println("Verification " + result.result() + ": " + result.details());
        return result.passed() ? Cli.OK : Cli.FAILED;
    }
}
