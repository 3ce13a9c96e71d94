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
        String undone = DatabaseNames.undone(live, engine.clock().instant());
        DatabaseAdmin admin = new DatabaseAdmin(target);
        monitor.update("Putting " + keptAs + " back as " + live, 0, -1);
        try {
            if (!admin.exists(keptAs)) {
                throw new UserFacingException("The previous database " + keptAs + " no longer exists, so there is "
                        + "nothing to swap back. '" + live + "' was not changed.");
            }
            admin.rename(live, undone);
        } catch (SQLException e) {
            throw SqlFailures.of("Renaming " + live + " aside", e, "'" + live + "' was not changed.");
        }
        try {
            admin.rename(keptAs, live);
        } catch (SQLException e) {
            try {
                admin.rename(undone, live);
            } catch (SQLException again) {
                e.addSuppressed(again);
            }
            throw SqlFailures.of("Renaming " + keptAs + " back to " + live, e, "'" + live + "' holds the restored data still.");
        }
        engine.events().publish(new BackupEvents.RestoreUndone(engine.clock().instant(), live, keptAs, undone));
        return undone;
    }
}
