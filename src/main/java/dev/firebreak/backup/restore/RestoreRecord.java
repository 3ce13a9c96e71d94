package dev.firebreak.backup.restore;

import dev.firebreak.backup.connection.ConnectionProfile;
import java.time.Instant;

/**
 * What a replace restore did to the server, written before the swap and marked {@code swapped} after it, so that
 * Undo offers exactly the restores that happened and never an arbitrary database.
 *
 * @param live        the database name the restore replaced (and Undo gives back)
 * @param kept        the previous database, renamed aside by the swap
 * @param restoredAs  the scratch name the backup was restored under before it was swapped in
 * @param pid         the process that ran the restore: a record of a live process is a restore still running
 * @param swapped     true once the swap committed (a kill between the commit and this flag leaves it false, but then
 *                    {@code kept} exists: that is what {@link RestoreRecords} checks)
 */
public record RestoreRecord(String id, String profile, String host, int port, String live, String kept,
                            String restoredAs, String backupId, String safetyBackupId, Instant startedAt, long pid,
                            boolean swapped) {
    public RestoreRecord asSwapped() {
        return new RestoreRecord(id, profile, host, port, live, kept, restoredAs, backupId, safetyBackupId, startedAt, pid, true);
    }

    /** The restore is still running in another process (not swapped, and its process is alive). */
    public boolean running() {
        return !swapped && pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    boolean on(ConnectionProfile server) {
        return host.equals(server.host()) && port == server.port();
    }

    /** One line for a list of undoable restores. */
    public String describe() {
        return "--kept " + kept + "  (backup " + backupId + " restored into " + live + " at " + startedAt + ")";
    }
}
