package dev.firebreak.backup;

import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.database.DatabaseAdmin;
import dev.firebreak.backup.database.DatabaseNames;
import dev.firebreak.backup.database.SqlFailures;
import dev.firebreak.backup.restore.RestoreOutcome;
import dev.firebreak.backup.restore.RestoreRecord;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.UserFacingException;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Undo of a replace restore that a {@link RestoreRecord} names: in one transaction the restored database steps aside
 * as {@code <db>_undone_<ts>} and the kept previous database gets its name back. Any other database is refused, so a
 * mistyped {@code --kept} can never swap an unrelated database in under the live name. Nothing is dropped.
 */
public final class UndoRestore {
    private final BackupEngine engine;
    private final Database target;
    private final String keptAs;

    /**
     * @param target the live database (holding the restored data)
     * @param keptAs the previous database that the replace restore kept aside ({@link RestoreOutcome#keptAs()})
     */
    UndoRestore(BackupEngine engine, Database target, String keptAs) {
        this.engine = engine;
        this.target = target;
        this.keptAs = keptAs;
    }

    /** Returns the name the undone (restored) database now has. */
    public String call(ProgressMonitor monitor) {
        String live = target.profile().database();
        List<RestoreRecord> undoable = engine.undoableRestores(target);
        RestoreRecord record = undoable.stream().filter(r -> r.kept().equals(keptAs)).findFirst()
                .orElseThrow(() -> notRecorded(live, keptAs, undoable));
        String undone = DatabaseNames.undone(live, engine.clock().instant());
        monitor.update("Putting " + keptAs + " back as " + live, 0, -1);
        try {
            new DatabaseAdmin(target).swap(new DatabaseAdmin.Rename(live, undone), new DatabaseAdmin.Rename(keptAs, live));
        } catch (SQLException e) {
            throw SqlFailures.of("Swapping " + keptAs + " back in as " + live, e, "'" + live + "' was not changed.");
        }
        engine.restoreRecords().remove(record);
        engine.events().publish(new BackupEvents.RestoreUndone(engine.clock().instant(), live, keptAs, undone));
        return undone;
    }

    /** Why {@code keptAs} is not swapped in, with the restores of {@code live} that can be undone. */
    public static UserFacingException notRecorded(String live, String keptAs, List<RestoreRecord> undoable) {
        String refused = "No replace restore of '" + live + "' kept a database called '" + keptAs
                + "', so it is not swapped in; '" + live + "' was not changed.";
        if (undoable.isEmpty()) {
            return new UserFacingException(refused + " There is no restore of '" + live + "' to undo.");
        }
        return new UserFacingException(refused + " Restores of '" + live + "' that can be undone:\n"
                + undoable.stream().map(r -> "  " + r.describe()).collect(Collectors.joining("\n")));
    }
}
