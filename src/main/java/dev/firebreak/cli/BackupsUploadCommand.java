package dev.firebreak.cli;

import dev.firebreak.core.EventBus;
import dev.firebreak.core.UserFacingException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code firebreak backups upload ID}: copies a local backup to S3 after checking its SHA-256; journaled. */
@Command(name = "upload", mixinStandardHelpOptions = true,
        description = "Copy a backup from this disk to S3 (checked against its manifest first; the manifest goes up last).")
final class BackupsUploadCommand extends BackupsCommand.Subcommand {
    @Parameters(paramLabel = "ID", description = "Backup id (see: firebreak backups list).")
    String id;

    @Override
    public Integer call() {
        EventBus events = new EventBus();
        BackupContext context = new BackupContext(parent.root.home(), events);
        String location = context.engine.store().requireS3Config().location();
        context.engine.manifest(id);
        PrintWriter err = spec.commandLine().getErr();
        try (JournalSubscription journal = JournalSubscription.tryOpen(parent.root.home(), events, err);
             TerminalProgress progress = new TerminalProgress(err)) {
            boolean uploaded = context.engine.upload(id).call(progress);
            spec.commandLine().getOut().println(uploaded ? "Uploaded " + id + " to " + location
                    : "Backup " + id + " is already in " + location + ": nothing to upload.");
            return Cli.OK;
        } catch (UserFacingException e) {
            return Cli.jobFailed(err, e);
        }
    }
}
