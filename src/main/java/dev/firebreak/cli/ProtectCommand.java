package dev.firebreak.cli;

import dev.firebreak.backup.connection.ConnectionProfile;
import dev.firebreak.backup.database.Database;
import dev.firebreak.core.CancelledException;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.Numbers;
import dev.firebreak.core.UserFacingException;
import dev.firebreak.protect.BaseBackup;
import dev.firebreak.protect.ProtectJson;
import dev.firebreak.protect.Protection;
import dev.firebreak.protect.ProtectionService;
import dev.firebreak.protect.ProtectionStatus;
import dev.firebreak.protect.SlotState;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code firebreak protect enable|base-backup|run|status|verify|disable}: continuous WAL protection of a profile.
 * {@code run} streams in the foreground until Ctrl-C (like {@code practice start}).
 */
@Command(name = "protect", mixinStandardHelpOptions = true,
        description = "Continuous protection: a replication slot, base backups and the WAL streamed since, for point-in-time recovery.",
        subcommands = {ProtectCommand.Enable.class, ProtectCommand.BaseBackupCommand.class, ProtectCommand.Run.class,
                ProtectCommand.Status.class, ProtectCommand.Verify.class, ProtectCommand.Disable.class})
public final class ProtectCommand extends CommandGroup {
    @ParentCommand
    FirebreakCommand root;

    ProtectionService service() {
        return ProtectionService.forHome(root.home());
    }

    /** The profile's connection: the saved profile, else the one recorded when protection was enabled with --db. */
    Database database(ProtectionService service, String profile) {
        return database(root.home(), service, profile);
    }

    static Database database(FirebreakHome home, ProtectionService service, String profile) {
        BackupContext context = new BackupContext(home);
        ConnectionProfile connection = context.profiles.find(profile)
                .orElseGet(() -> service.store().require(profile).connection());
        return context.database(connection);
    }

    /** Base commands: {@code --profile NAME}. */
    abstract static class ProfileSubcommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        ProtectCommand parent;

        @Option(names = "--profile", required = true, paramLabel = "NAME", description = "A protected connection profile.")
        String profile;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        PrintWriter err() {
            return spec.commandLine().getErr();
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true,
            description = "Check the server for streaming (changing nothing on it), create a replication slot and take a first, verified base backup.")
    static final class Enable implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        ProtectCommand parent;

        @ArgGroup(exclusive = true, multiplicity = "1")
        DatabaseTarget target;

        @Override
        public Integer call() {
            BackupContext context = new BackupContext(parent.root.home());
            Database database = context.database(target.resolve(context.profiles));
            ProtectionService.Enabled enabled;
            try (TerminalProgress progress = new TerminalProgress(spec.commandLine().getErr())) {
                enabled = parent.service().enable(database, progress);
            } catch (UserFacingException e) {
                return Cli.jobFailed(spec.commandLine().getErr(), e);
            }
            Protection protection = enabled.protection();
            PrintWriter out = spec.commandLine().getOut();
            out.println("Protection of '" + protection.connection().name() + "' is on: slot " + protection.slot()
                    + (enabled.slotCreated() ? " created" : " kept") + " on " + protection.connection().host() + ":"
                    + protection.connection().port() + ".");
            return printBackup(out, spec.commandLine().getErr(), enabled.baseBackup(), protection.connection().name());
        }
    }

    @Command(name = "base-backup", mixinStandardHelpOptions = true, description = "Take a new base backup and check it with pg_verifybackup.")
    static final class BaseBackupCommand extends ProfileSubcommand {
        @Override
        public Integer call() {
            ProtectionService service = parent.service();
            Database database = parent.database(service, profile);
            try (TerminalProgress progress = new TerminalProgress(err())) {
                return printBackup(out(), err(), service.baseBackup(database, progress), profile);
            } catch (UserFacingException e) {
                return Cli.jobFailed(err(), e);
            }
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true, description = "Check a base backup again with pg_verifybackup (default: the newest).")
    static final class Verify extends ProfileSubcommand {
        @Option(names = "--backup", paramLabel = "ID", description = "The base backup (see: firebreak protect status).")
        String id;

        @Override
        public Integer call() {
            try (TerminalProgress progress = new TerminalProgress(err())) {
                return printBackup(out(), err(), parent.service().verify(profile, id, progress), profile);
            } catch (UserFacingException e) {
                return Cli.jobFailed(err(), e);
            }
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Stream WAL into the store with pg_receivewal through the slot, in the foreground until Ctrl-C; restarted after failures.")
    static final class Run extends ProfileSubcommand {
        @Override
        public Integer call() {
            ProtectionService service = parent.service();
            Database database = parent.database(service, profile);
            out().println("Streaming the WAL of '" + profile + "' into " + service.store().wal(profile)
                    + ". Press Ctrl-C to stop; the slot keeps the server's WAL meanwhile.");
            out().flush();
            try (TerminalProgress progress = new TerminalProgress(err())) {
                try {
                    service.run(database, progress, err()::println);
                } catch (CancelledException e) {
                    // said before the progress closes: closing lets the shutdown hook return and the JVM halt
                    out().println("Stopped: pg_receivewal has ended. " + service.store().received(profile)
                            .map(position -> "WAL received up to " + position.lsn() + " (" + position.at() + ").").orElse(""));
                    out().flush();
                }
                return Cli.OK;
            } catch (UserFacingException e) {
                return Cli.jobFailed(err(), e);
            }
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Base backups, WAL received up to where and when, gaps, and the WAL the slot holds back on the server.")
    static final class Status extends ProfileSubcommand {
        enum Format { text, json }

        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
        Format format;

        @Option(names = "--warn-retained-mib", defaultValue = "1024", paramLabel = "MiB",
                description = "Warn when the slot holds back more WAL than this on the server (default: ${DEFAULT-VALUE}).")
        long warnMiB;

        @Override
        public Integer call() throws IOException {
            ProtectionService service = parent.service();
            ProtectionStatus status = service.status(parent.database(service, profile), warnMiB << 20);
            if (format == Format.json) {
                out().println(ProtectJson.MAPPER.writeValueAsString(status));
                return Cli.OK;
            }
            PrintWriter out = out();
            out.println("Profile '" + profile + "': " + (status.enabled() ? "protected through slot " + status.slotName()
                    : "not protected (disabled); its files are kept"));
            out.println("Base backups: " + (status.baseBackups().isEmpty() ? "none" : ""));
            status.baseBackups().forEach(backup -> out.println("  " + describe(backup)));
            out.println("WAL received up to: " + (status.walReceivedLsn() == null ? "nothing yet (firebreak protect run --profile "
                    + profile + ")" : status.walReceivedLsn() + " at " + status.walReceivedAt()) + "  (" + status.walSegments()
                    + " segment files" + (status.firstSegment() == null ? "" : ", " + status.firstSegment() + " … "
                    + status.lastSegment()) + ")");
            out.println("Gaps: " + (status.gaps().isEmpty() ? "none" : status.gaps()));
            SlotState slot = status.slot();
            if (slot != null) {
                out.println("Slot on the server: " + (slot.active() ? "being read" : "not read right now") + ", server at "
                        + slot.currentLsn() + ", holds back " + Numbers.bytes(slot.retainedBytes()) + " of WAL on its disk (warn above "
                        + Numbers.bytes(status.warnRetainedBytes()) + ")");
            } else if (status.serverError() != null) {
                out.println("Slot on the server: unknown, the server could not be asked: " + status.serverError());
            }
            status.warnings().forEach(warning -> out.println("Warning: " + warning));
            return Cli.OK;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Drop the slot (the server stops keeping WAL for Firebreak); the base backups and WAL files are kept.")
    static final class Disable extends ProfileSubcommand {
        @Override
        public Integer call() {
            ProtectionService service = parent.service();
            try {
                boolean dropped = service.disable(parent.database(service, profile));
                out().println((dropped ? "Slot dropped" : "The slot was already gone") + "; protection of '" + profile
                        + "' is off. Its files stay in " + service.store().folder(profile) + ".");
                return Cli.OK;
            } catch (UserFacingException e) {
                return Cli.jobFailed(err(), e);
            }
        }
    }

    private static int printBackup(PrintWriter out, PrintWriter err, BaseBackup backup, String profile) {
        if (backup.verified() != null && backup.verified().ok()) {
            out.println("Base backup " + describe(backup));
            return Cli.OK;
        }
        err.println("firebreak: base backup " + backup.id() + " of '" + profile + "' "
                + (backup.verified() == null ? "was never verified." : "is damaged: " + backup.verified().message() + ".")
                + " Do not rely on it: take a new one with firebreak protect base-backup --profile " + profile);
        return Cli.FAILED;
    }

    private static String describe(BaseBackup backup) {
        return backup.id() + ": WAL " + backup.startLsn() + " – " + backup.endLsn() + " (timeline " + backup.timeline()
                + "), " + Numbers.bytes(backup.sizeBytes()) + ", taken " + backup.startedAt() + ", "
                + (backup.verified() == null ? "not verified" : backup.verified().ok() ? "verified: " + backup.verified().message()
                : "DAMAGED: " + backup.verified().message());
    }
}
