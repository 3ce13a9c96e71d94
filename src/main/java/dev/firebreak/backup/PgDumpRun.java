package dev.firebreak.backup;

import dev.firebreak.backup.connection.ConnectionProfile;
import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.manifest.TableStat;
import dev.firebreak.backup.pgtool.DumpProgress;
import dev.firebreak.backup.pgtool.PgProcess;
import dev.firebreak.backup.pgtool.PgTool;
import dev.firebreak.backup.tables.ExportedSnapshot;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.UserFacingException;
import java.util.List;

/**
 * A running pg_dump with its credentials: the snapshot's rows are counted while it dumps (pg_dump holds the snapshot
 * too by then, so the counts add no wall time on an idle machine), then its exit is checked. Closing kills a pg_dump
 * that is still running (failure, cancel).
 */
final class PgDumpRun implements AutoCloseable {
    private final Database database;
    private final PgProcess process;
    private final DumpProgress progress;

    private PgDumpRun(Database database, PgProcess process, DumpProgress progress) {
        this.database = database;
        this.process = process;
        this.progress = progress;
    }

    static PgDumpRun start(BackupEngine engine, Database database, PgTool pgDump, List<String> arguments, DumpProgress progress) {
        ConnectionProfile profile = database.profile();
        PgProcess process = PgProcess.start(pgDump, PgProcess.connectTo(profile), arguments,
                database.credentials().childEnvironment(profile), database.timeouts(), progress::line);
        return new PgDumpRun(database, process, progress);
    }

    /** The snapshot's exact row counts, once pg_dump has ended well; its error lines when it did not. */
    List<TableStat> countWhileDumping(ExportedSnapshot snapshot, ProgressMonitor monitor) {
        List<TableStat> counted = snapshot.countRows();
        int exit = process.waitFor(monitor, progress::tick);
        if (exit != 0) {
            throw new UserFacingException("pg_dump of '" + database.profile().database() + "' failed (exit " + exit + "): "
                    + String.join(" / ", process.errors()) + ". No backup was stored; the database was only read.");
        }
        return counted;
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.kill();
        }
    }
}
