package dev.firebreak.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.firebreak.backup.catalog.CatalogEntry.Location;
import dev.firebreak.backup.catalog.CatalogEntry;
import dev.firebreak.backup.catalog.CatalogListing;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.manifest.ManifestJson;
import dev.firebreak.backup.manifest.Verification;
import dev.firebreak.backup.store.DamagedBackup;
import dev.firebreak.backup.store.Leftover;
import dev.firebreak.backup.tables.TableComparison;
import dev.firebreak.core.EventBus;
import dev.firebreak.core.Numbers;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code firebreak backups list|compare|upload}: the catalog, a backup's row counts against the database now, a copy to S3. */
@Command(name = "backups", mixinStandardHelpOptions = true, description = "List backups (on this disk and in S3), compare one with the live database, or upload one to S3.",
        subcommands = {BackupsCommand.ListCommand.class, BackupsCommand.CompareCommand.class, BackupsUploadCommand.class})
public final class BackupsCommand extends CommandGroup {
    @ParentCommand
    FirebreakCommand root;

    /** What every subcommand of {@code firebreak backups} is handed: its terminal ({@code spec}) and the group ({@code parent}). */
    abstract static class Subcommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        BackupsCommand parent;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Backups, newest first.")
    static final class ListCommand extends Subcommand {
        enum Format { text, json }

        @ArgGroup(exclusive = true)
        DatabaseTarget target;

        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
        Format format;

        @Override
        public Integer call() throws IOException {
            BackupContext context = new BackupContext(parent.root.home());
            String profile = target == null ? null : target.resolve(context.profiles).name();
            CatalogListing listing = context.engine.listing(profile);
            listing.s3Problem().ifPresent(problem -> spec.commandLine().getErr()
                    .println("firebreak: only the backups on this disk are listed: " + problem));
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.json) {
                List<ObjectNode> nodes = new ArrayList<>(listing.backups().stream().map(ListCommand::json).toList());
                listing.damaged().forEach(damaged -> nodes.add(json(damaged)));
                out.println(ManifestJson.MAPPER.writeValueAsString(nodes));
                return Cli.OK;
            }
            if (listing.backups().isEmpty() && listing.damaged().isEmpty()) {
                out.println("No backups" + (profile == null ? "" : " of profile " + profile) + " yet: firebreak backup --profile NAME");
            }
            for (CatalogEntry entry : listing.backups()) {
                BackupManifest backup = entry.manifest();
                out.printf("%s  %-10s %-12s %s  %10s  %-11s %s rows in %s  %s%n", backup.id(), backup.profile(),
                        backup.label(), backup.startedAt(), Numbers.bytes(backup.sizeBytes()), entry.where(),
                        Numbers.count(backup.totalRows()), Numbers.of(backup.tables().size(), "table"), lastVerification(backup));
            }
            for (DamagedBackup damaged : listing.damaged()) {
                out.printf("%s  %-10s DAMAGED  %s: %s%n", damaged.id(), damaged.profile(), archiveText(damaged),
                        damaged.reason());
            }
            List<Leftover> leftovers = context.engine.store().leftovers(profile);
            if (!leftovers.isEmpty()) {
                out.println(LeftoverText.summary(leftovers) + ": firebreak prune removes them (prune --dry-run lists them).");
            }
            return Cli.OK;
        }

        /** The manifest's fields plus {@code "locations": ["local", "s3"]}. */
        private static ObjectNode json(CatalogEntry entry) {
            ObjectNode node = ManifestJson.MAPPER.valueToTree(entry.manifest());
            ArrayNode locations = node.putArray("locations");
            Arrays.stream(Location.values()).filter(entry::in).forEach(location -> locations.add(location.name().toLowerCase(Locale.ROOT)));
            return node;
        }

        /** What a script needs to find it and tell it apart: {@code "damaged": true}, the reason and the files. */
        private static ObjectNode json(DamagedBackup damaged) {
            ObjectNode node = ManifestJson.MAPPER.createObjectNode();
            node.put("id", damaged.id());
            node.put("profile", damaged.profile());
            node.put("damaged", true);
            node.put("reason", damaged.reason());
            node.put("manifestFile", damaged.manifestFile().toString());
            node.put("archiveFile", damaged.archive().map(Object::toString).orElse(null));
            node.put("sizeBytes", damaged.archiveBytes());
            node.putArray("locations").add("local");
            return node;
        }

        private static String archiveText(DamagedBackup damaged) {
            return damaged.archive().map(archive -> "archive " + archive.getFileName() + " ("
                    + Numbers.bytes(damaged.archiveBytes()) + ")").orElse("no archive");
        }

        private static String lastVerification(BackupManifest backup) {
            if (backup.verifications().isEmpty()) {
                return "never verified";
            }
            Verification last = backup.verifications().get(backup.verifications().size() - 1);
            return last.kind() + " verification " + last.result() + " " + last.at();
        }
    }

    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = "Row counts per table in a backup against its database now.")
    static final class CompareCommand extends Subcommand {
        @Parameters(paramLabel = "ID", description = "Backup id (see: firebreak backups list).")
        String id;

        @Override
        public Integer call() {
            EventBus events = new EventBus();
            BackupContext context = new BackupContext(parent.root.home(), events);
            BackupManifest manifest = context.engine.manifest(id);
            List<TableComparison> comparisons;
            // rows found missing are the incident's detection: the journal hears of it
            try (JournalSubscription journal = JournalSubscription.tryOpen(parent.root.home(), events, spec.commandLine().getErr())) {
                comparisons = context.engine.compare(id, context.sourceOf(manifest));
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("Backup " + id + " of " + manifest.database() + " (" + manifest.startedAt() + ") against the database now:");
            comparisons.forEach(comparison -> out.println("  " + (comparison.matches() ? "  " : "≠ ") + comparison.describe()));
            return Cli.OK;
        }
    }
}
