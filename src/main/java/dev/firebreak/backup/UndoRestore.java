package dev.firebreak.backup;

import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.UserFacingException;
import java.sql.SQLException;

/**
 * Undo of a replace restore: the restored database steps aside as {@code <db>_undone_<ts>} and the kept previous
 * database gets its name back. Nothing is dropped, so Undo itself can be undone by hand.
 */
public final class UndoRestore {
    private final BackupEngine engine;
    private final RestoreOutcome outcome;
    private final Database target;

    UndoRestore(BackupEngine engine, RestoreOutcome outcome, Database target) {
        if (outcome.mode() != RestoreMode.REPLACE) {
            throw new UserFacingException("Only a replace restore can be undone; a 'new' restore left the live database alone.");
        }
        this.engine = engine;
        this.outcome = outcome;
        this.target = target;
    }

    /** Returns the name the undone (restored) database now has. */
    public String call(ProgressMonitor monitor) {
        String live = outcome.database();
        String undone = DatabaseNames.undone(live, engine.clock().instant());
        DatabaseAdmin admin = new DatabaseAdmin(target);
        monitor.update("Putting " + outcome.keptAs() + " back as " + live, 0, -1);
        try {
            if (!admin.exists(outcome.keptAs())) {
                throw new UserFacingException("The previous database " + outcome.keptAs() + " no longer exists, so there is "
                        + "nothing to swap back. '" + live + "' was not changed.");
            }
            admin.rename(live, undone);
        } catch (SQLException e) {
            throw SqlFailures.of("Renaming " + live + " aside", e, "'" + live + "' was not changed.");
        }
        try {
            admin.rename(outcome.keptAs(), live);
        } catch (SQLException e) {
            try {
                admin.rename(undone, live);
            } catch (SQLException again) {
                e.addSuppressed(again);
            }
            throw SqlFailures.of("Renaming " + outcome.keptAs() + " back to " + live, e, "'" + live + "' holds the restored data still.");
        }
        engine.events().publish(new BackupEvents.RestoreUndone(engine.clock().instant(), outcome.backupId(), live, undone));
        return undone;
    }
}
