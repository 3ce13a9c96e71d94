package dev.firebreak.backup.database;

import dev.firebreak.core.UserFacingException;
import java.sql.SQLException;

/** Turns a SQL error into a sentence: what we were doing, what the server said, what was left as it was. */
public final class SqlFailures {
    private SqlFailures() {
    }

    public static UserFacingException of(String doing, SQLException e, String untouched) {
        return new UserFacingException(doing + " failed: " + e.getMessage() + ". " + untouched, e);
    }
}
