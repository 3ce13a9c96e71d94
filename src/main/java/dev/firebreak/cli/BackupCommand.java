package dev.firebreak.cli;

import dev.firebreak.backup.BackupJob;
import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.manifest.ArchiveFormat;
import dev.firebreak.backup.manifest.BackupLabel;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.core.EventBus;
import dev.firebreak.core.Numbers;
import dev.firebreak.core.UserFacingException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code firebreak backup}: one pg_dump into the local store, then (with {@code --upload}) a copy in S3; prints the backup id. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Back up a database (pg_dump -Fc of a consistent snapshot, with exact row counts) and print the backup id.")
public final class BackupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    FirebreakCommand root;

    @ArgGroup(exclusive = true, multiplicity = "1")
    DatabaseTarget target;

    @Option(names = "--label", paramLabel = "L", defaultValue = "manual", converter = LabelConverter.class,
            description = "manual, scheduled, pre-restore, pre-push or pre-deploy (default: ${DEFAULT-VALUE}).")
    BackupLabel label;

    @Option(names = "--format", paramLabel = "custom|directory", defaultValue = "custom", converter = FormatConverter.class,
            description = "custom: one file (default); directory: a folder of one file per table, dumped and restored "
                    + "with --jobs in parallel (for large databases).")
    ArchiveFormat format;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "1",
            description = "Parallel pg_dump jobs (directory format only; default: ${DEFAULT-VALUE}).")
    int jobs;

    @Option(names = "--upload", description = "Then copy it to S3 (see firebreak s3); also done when s3.json says uploadAfterBackup.")
    boolean upload;

    @Override
    public Integer call() {
        EventBus events = new EventBus();
        BackupContext context = new BackupContext(root.home(), events);
        boolean uploading = upload || context.engine.uploadsAfterBackup();
        if (uploading) {
            context.engine.store().requireS3Config(); // before the dump: a usage error costs nothing
        }
        Database database = context.database(target.resolve(context.profiles));
        BackupJob job = context.engine.backup(database, label).as(format, jobs); // a bad combination is a usage error
        PrintWriter err = spec.commandLine().getErr();
        try (TerminalProgress progress = new TerminalProgress(err)) {
            BackupManifest manifest = job.call(progress);
            err.println("Backed up " + manifest.database() + ": " + Numbers.of(manifest.tables().size(), "table")
                    + ", " + Numbers.of(manifest.totalRows(), "row") + ", " + Numbers.bytes(manifest.sizeBytes()));
            spec.commandLine().getOut().println(manifest.id());
            if (uploading) {
                try (JournalSubscription journal = JournalSubscription.tryOpen(root.home(), events, err)) {
                    context.engine.upload(manifest.id()).call(progress);
                    err.println("Uploaded to " + context.engine.store().requireS3Config().location());
                }
            }
            return Cli.OK;
        } catch (UserFacingException e) {
            return Cli.jobFailed(err, e);
        }
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ArchiveFormat> {
        @Override
        public ArchiveFormat convert(String value) {
            try {
                return ArchiveFormat.of(value);
            } catch (UserFacingException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class LabelConverter implements picocli.CommandLine.ITypeConverter<BackupLabel> {
        @Override
        public BackupLabel convert(String value) {
            return BackupLabel.of(value);
        }
    }
}
