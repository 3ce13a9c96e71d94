package dev.firebreak.backup;

import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.database.DatabaseAdmin;
import dev.firebreak.backup.database.DatabaseNames;
import dev.firebreak.backup.database.ScratchLock;
import dev.firebreak.backup.database.ScratchPurpose;
import dev.firebreak.backup.database.SqlFailures;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.manifest.TableStat;
import dev.firebreak.backup.manifest.VerifiedArchive;
import dev.firebreak.backup.restore.RestoreMode;
import dev.firebreak.backup.tables.MissingRows;
import dev.firebreak.backup.tables.SideSchema;
import dev.firebreak.backup.tables.TableCounter;
import dev.firebreak.backup.tables.TableDifference;
import dev.firebreak.backup.tables.TableTransfer;
import dev.firebreak.backup.tables.TablesRestored;
import dev.firebreak.core.CancelledException;
import dev.firebreak.core.Numbers;
import dev.firebreak.core.ProcessLock;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.UserFacingException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code tables} restore: the chosen tables of a checksum-verified backup land in a new side schema
 * {@code firebreak_restore_<ts>} of the live database and are compared there with the live tables; copying the
 * missing rows back is a separate, explicit step ({@link CopyMissingRowsJob}).
 *
 * <p>pg_restore cannot restore into another schema, and rewriting its SQL script would mean parsing SQL that it
 * may change between versions. So the tables go through a scratch database on the same server: the archive's
 * definitions ({@code --section=pre-data}: types, sequences and tables, no indexes, constraints or triggers) and
 * the chosen tables' data, row counts checked against the manifest, then streamed by COPY into plain tables of the
 * side schema in one transaction. The live tables are only read; a failure or cancel leaves no side schema, and the
 * scratch database is always dropped.
 */
public final class TableRestoreJob {
    private static final Logger LOG = LoggerFactory.getLogger(TableRestoreJob.class);

    private final BackupEngine engine;
    private final BackupManifest manifest;
    private final Database live;
    private final List<TableStat> tables;

    TableRestoreJob(BackupEngine engine, BackupManifest manifest, Database live, List<String> tables) {
        this.engine = engine;
        this.manifest = manifest;
        this.live = live;
        this.tables = choose(manifest, tables);
    }

    public TablesRestored call(ProgressMonitor monitor) {
        String database = live.profile().database();
        engine.events().publish(new BackupEvents.RestoreStarted(engine.clock().instant(), manifest.id(), database, RestoreMode.TABLES));
        try {
            monitor.update("Checking the archive's SHA-256", 0, -1);
            VerifiedArchive archive = engine.store().open(manifest.id());
            Instant at = engine.clock().instant();
            String schema = SideSchema.name(at);
            restoreAside(archive, schema, DatabaseNames.scratch(database, ScratchPurpose.TABLES, at), monitor);
            TablesRestored restored = new TablesRestored(manifest.id(), database, schema, compare(schema, monitor));
            engine.events().publish(new BackupEvents.RestoreTablesAside(engine.clock().instant(), restored));
            return restored;
        } catch (RuntimeException e) {
            String reason = e instanceof CancelledException ? "cancelled" : e.getMessage();
            engine.events().publish(new BackupEvents.RestoreFinished(engine.clock().instant(), manifest.id(), database,
                    RestoreMode.TABLES, null, reason));
            throw e;
        }
    }

    private void restoreAside(VerifiedArchive archive, String schema, String scratch, ProgressMonitor monitor) {
        String untouched = "The live tables were not touched and no side schema was left.";
        try (ProcessLock lock = ScratchLock.take(engine.scratchLocks(), scratch)) { // a kill leaves it unheld: a leftover
            restoreThroughScratch(archive, schema, scratch, untouched, monitor);
        }
    }

    private void restoreThroughScratch(VerifiedArchive archive, String schema, String scratch, String untouched,
                                       ProgressMonitor monitor) {
        DatabaseAdmin admin = new DatabaseAdmin(live);
        ArchiveRestore restore;
        try {
            restore = ArchiveRestore.forServer(engine, admin.serverMajor(), manifest);
            admin.create(scratch);
        } catch (SQLException e) {
            throw SqlFailures.of("Creating the scratch database " + scratch, e, untouched);
        }
        try {
            restore.into(archive, live.other(scratch), List.of("--section=pre-data"), monitor);
            restore.into(archive, live.other(scratch), dataOf(tables), monitor);
            try (Connection from = live.other(scratch).connect(); Connection to = live.connect()) {
                to.setAutoCommit(false);
                SideSchema.create(to, schema, manifest.id());
                for (int i = 0; i < tables.size(); i++) {
                    TableStat table = tables.get(i);
                    monitor.update("Copying " + table.displayName() + " into " + schema, i, tables.size());
                    requireManifestRows(from, table);
                    TableTransfer.copy(from, to, table, schema, table.displayName(), monitor);
                }
                monitor.checkCancelled();
                to.commit();
            }
        } catch (SQLException e) {
            throw SqlFailures.of("Restoring " + names() + " into side schema " + schema, e, untouched);
        } catch (UserFacingException e) {
            throw new UserFacingException(e.getMessage() + " " + untouched, e);
        } finally {
            CheckedRestore.dropQuietly(admin, scratch);
        }
    }

    private List<TableDifference> compare(String schema, ProgressMonitor monitor) {
        monitor.update("Comparing " + names() + " with the live tables", 0, -1);
        try (Connection connection = live.connect()) {
            return MissingRows.compare(connection, schema);
        } catch (SQLException e) {
            dropQuietly(schema);
            throw SqlFailures.of("Comparing with the live tables", e, "The side schema was dropped again; the live tables were not touched.");
        } catch (RuntimeException e) {
            dropQuietly(schema);
            throw e;
        }
    }

    private void dropQuietly(String schema) {
        try {
            engine.dropSideSchema(live, schema);
        } catch (UserFacingException e) {
            LOG.warn("Could not drop the side schema {}: {}", schema, e.getMessage());
        }
    }

    private void requireManifestRows(Connection scratch, TableStat table) throws SQLException {
        OptionalLong rows = TableCounter.count(scratch, table.schema(), table.name());
        if (rows.isEmpty() || rows.getAsLong() != table.rows()) {
            throw new UserFacingException("The restored " + table.displayName() + " has " + (rows.isEmpty() ? "no table"
                    : Numbers.count(rows.getAsLong()) + " rows") + ", the backup's manifest says " + Numbers.count(table.rows()) + ".");
        }
    }

    /** pg_restore's filters: the chosen tables' data ({@code -n} and {@code -t} intersect). */
    private static List<String> dataOf(List<TableStat> tables) {
        Set<String> arguments = new LinkedHashSet<>(List.of("--section=data"));
        tables.forEach(table -> arguments.add("--schema=" + table.schema()));
        tables.forEach(table -> arguments.add("--table=" + table.name()));
        return List.copyOf(arguments);
    }

    private String names() {
        return String.join(", ", tables.stream().map(TableStat::displayName).toList());
    }

    /** The manifest's tables named {@code customers} or {@code schema.table}; an unknown or ambiguous name is an error. */
    static List<TableStat> choose(BackupManifest manifest, List<String> names) {
        if (names.isEmpty()) {
            throw new UserFacingException("Choose at least one table to restore. Backup " + manifest.id() + " has: " + available(manifest));
        }
        List<TableStat> chosen = new ArrayList<>();
        for (String name : names) {
            List<TableStat> matches = manifest.tables().stream().filter(table -> table.displayName().equals(name)
                    || (table.schema() + "." + table.name()).equals(name)).toList();
            if (matches.isEmpty()) {
                matches = manifest.tables().stream().filter(table -> table.name().equals(name)).toList();
            }
            if (matches.size() != 1) {
                throw new UserFacingException("Backup " + manifest.id() + (matches.isEmpty() ? " has no table '" + name + "'"
                        : " has several tables named '" + name + "': write schema.table") + ". It has: " + available(manifest));
            }
            if (!chosen.contains(matches.get(0))) {
                chosen.add(matches.get(0));
            }
        }
        return chosen;
    }

    private static String available(BackupManifest manifest) {
        return String.join(", ", manifest.tables().stream().map(TableStat::displayName).toList());
    }
}
