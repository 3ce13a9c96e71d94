package dev.firebreak.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.firebreak.core.Numbers;
import dev.firebreak.core.UserFacingException;
import dev.firebreak.protect.DestructiveTransaction;
import dev.firebreak.protect.ProtectJson;
import dev.firebreak.protect.ProtectionService;
import dev.firebreak.protect.RecoveryTarget;
import dev.firebreak.protect.SearchReport;
import dev.firebreak.protect.SearchRequest;
import dev.firebreak.protect.TableDamage;
import dev.firebreak.timeline.Entry;
import dev.firebreak.protect.Thresholds;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code firebreak pitr find}: the transactions in the WAL received since a base backup that dropped, truncated or
 * emptied tables, each with the recovery target that stops just before it. Times in UTC and in the user's zone.
 */
@Command(name = "find", mixinStandardHelpOptions = true,
        description = "List the transactions that dropped, truncated, or deleted or updated much of a table, read from "
                + "the WAL kept since a base backup, each with the recovery target just before it.")
final class PitrFindCommand implements Callable<Integer> {
    enum Format { text, json }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Spec
    CommandSpec spec;

    @ParentCommand
    PitrCommand parent;

    @Option(names = "--profile", required = true, paramLabel = "NAME", description = "A protected connection profile.")
    String profile;

    @Option(names = "--table", paramLabel = "NAME", description = "Only transactions that hit this table (orders or public.orders).")
    String table;

    @Option(names = "--since", paramLabel = "TIME",
            description = "Only transactions committed since then: ISO-8601, e.g. 2026-12-07T01:58:00+01:00, or without a zone in yours.")
    String since;

    @Option(names = "--share", defaultValue = "50", paramLabel = "PERCENT",
            description = "A DELETE or UPDATE counts when it hits this share of a table's rows (default: ${DEFAULT-VALUE}).")
    int share;

    @Option(names = "--rows", defaultValue = "10000", paramLabel = "N",
            description = "…or at least this many rows of one table, whatever its size (default: ${DEFAULT-VALUE}).")
    long rows;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ZoneId zone = ZoneId.systemDefault();
        SearchReport report;
        try {
            if (share < 1 || share > 100 || rows < 1) {
                throw new UserFacingException("--share takes a percentage from 1 to 100 and --rows a count of at least 1.");
            }
            Instant from = since == null ? null : RecoveryTarget.at(since, zone).time();
            ProtectionService service = ProtectionService.forHome(parent.root.home());
            try (TerminalProgress progress = new TerminalProgress(err)) {
                report = service.findDestructive(ProtectCommand.database(parent.root.home(), service, profile),
                        new SearchRequest(table, from, new Thresholds(share, rows)), progress);
            }
        } catch (UserFacingException e) {
            return Cli.jobFailed(err, e);
        }
        report.warnings().forEach(warning -> err.println("Warning: " + warning));
        JournalNearby journal = JournalNearby.read(parent.root.home(), warning -> err.println("Warning: " + warning));
        if (format == Format.json) {
            out.println(ProtectJson.MAPPER.writeValueAsString(json(report, journal)));
        } else {
            text(out, report, journal, zone);
        }
        return Cli.OK;
    }

    /**
     * The list of {@code {xid, lsn, committedAt, kind, tables}}, each with its damage by table, recovery target and the
     * journal's entries near it.
     */
    private static ArrayNode json(SearchReport report, JournalNearby journal) {
        ArrayNode list = ProtectJson.MAPPER.createArrayNode();
        for (DestructiveTransaction transaction : report.transactions()) {
            ObjectNode node = list.addObject();
            node.put("xid", transaction.xid());
            node.put("lsn", transaction.lsn().toString());
            node.put("committedAt", transaction.committedAt().toString());
            node.put("kind", transaction.kind().word());
            transaction.tables().forEach(node.putArray("tables")::add);
            ArrayNode damage = node.putArray("damage");
            for (TableDamage hit : transaction.damage()) {
                ObjectNode entry = damage.addObject().put("table", hit.table()).put("kind", hit.kind().word());
                entry.put("rows", hit.rows());
                entry.put("tableRows", hit.tableRows());
            }
            transaction.recoveryTarget().forEach(node.putArray("recoveryTarget")::add);
            ArrayNode nearby = node.putArray("journal");
            journal.around(transaction.committedAt()).forEach(entry -> nearby.addObject()
                    .put("occurredAt", entry.occurredAt().toInstant().toString()).put("kind", entry.kind().label())
                    .put("text", entry.text()));
        }
        return list;
    }

    private void text(PrintWriter out, SearchReport report, JournalNearby journal, ZoneId zone) {
        String scope = (table == null ? "" : " touching " + table) + (since == null ? "" : " since " + since);
        out.println("WAL of '" + report.profile() + "' read from base backup " + report.baseBackup() + " ("
                + report.readFrom() + ") up to " + report.readUpTo() + (report.lastCommitAt() == null ? ""
                : ", last commit " + when(report.lastCommitAt(), zone)) + ".");
        if (report.transactions().isEmpty()) {
            out.println("No transaction dropped, truncated or emptied a table" + scope + ".");
            return;
        }
        int count = report.transactions().size();
        out.println(count + (count == 1 ? " destructive transaction" : " destructive transactions") + scope
                + ", oldest first:");
        int n = 0;
        for (DestructiveTransaction transaction : report.transactions()) {
            out.println();
            out.println(++n + ". " + transaction.kind().word().toUpperCase(java.util.Locale.ROOT) + " — xid "
                    + transaction.xid() + ", committed " + when(transaction.committedAt(), zone) + ", commit at LSN "
                    + transaction.lsn());
            transaction.damage().forEach(hit -> out.println("   " + hit.table() + ": " + describe(hit)));
            out.println("   Just before it: recovery_target_lsn = '" + transaction.lsn() + "' or recovery_target_xid = '"
                    + transaction.xid() + "', with recovery_target_inclusive = false");
            List<Entry> nearby = journal.around(transaction.committedAt());
            if (!nearby.isEmpty()) {
                out.println("   In the journal within " + JournalNearby.WINDOW.toMinutes() + " minutes:");
                nearby.forEach(entry -> out.println("     " + TIME.format(entry.occurredAt().atZoneSameInstant(zone))
                        .substring(11) + " (" + distance(entry.occurredAt().toInstant(), transaction.committedAt()) + ")  "
                        + entry.kind().label() + "  " + entry.text()));
            }
        }
    }

    /** {@code 2 min before}, {@code 40 s after}: where an entry lies from the commit. */
    private static String distance(Instant entry, Instant commit) {
        Duration apart = Duration.between(commit, entry).abs();
        String amount = apart.toMinutes() > 0 ? apart.toMinutes() + " min" : apart.toSeconds() + " s";
        return amount + (entry.isBefore(commit) ? " before" : " after");
    }

    /** {@code 2026-12-08 01:30:15 UTC (02:30:15 Europe/Berlin)}; the zone only when it is not UTC. */
    private static String when(Instant instant, ZoneId zone) {
        String utc = TIME.format(instant.atOffset(ZoneOffset.UTC)) + " UTC";
        if (zone.getRules().getOffset(instant).equals(ZoneOffset.UTC) && zone.normalized().equals(ZoneOffset.UTC)) {
            return utc;
        }
        return utc + " (" + TIME.format(instant.atZone(zone)) + " " + zone.getId() + ")";
    }

    private static String describe(TableDamage hit) {
        String held = hit.tableRows() == null ? "" : " of about " + Numbers.of(hit.tableRows(), "row");
        return switch (hit.kind()) {
            case DROP -> "dropped" + (hit.rows() == null ? "" : ", about " + Numbers.of(hit.rows(), "row"));
            case TRUNCATE -> "truncated" + (hit.rows() == null ? "" : ", about " + Numbers.of(hit.rows(), "row"));
            case DELETE -> Numbers.of(hit.rows(), "row") + " deleted" + held;
            case UPDATE -> Numbers.of(hit.rows(), "row update") + held;
        };
    }
}
