package dev.firebreak.backup;

import dev.firebreak.core.UserFacingException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Opens JDBC connections for a profile, with the password from {@link Credentials}, and explains failures. */
public final class Database {
    /** The maintenance database: renames, creates and drops are done from here, never from the target itself. */
    public static final String MAINTENANCE = "postgres";

    private final ConnectionProfile profile;
    private final Credentials credentials;

    public Database(ConnectionProfile profile, Credentials credentials) {
        this.profile = profile;
        this.credentials = credentials;
    }

    public ConnectionProfile profile() {
        return profile;
    }

    public Credentials credentials() {
        return credentials;
    }

    public Database other(String database) {
        return new Database(profile.withDatabase(database), credentials);
    }

    public Database maintenance() {
        return other(MAINTENANCE);
    }

    public Connection connect() {
        Properties properties = new Properties();
        properties.setProperty("user", profile.user());
        credentials.passwordFor(profile).ifPresent(password -> properties.setProperty("password", password));
        properties.setProperty("ApplicationName", "firebreak");
        properties.setProperty("connectTimeout", "10");
        try {
            return DriverManager.getConnection(profile.jdbcUrl(), properties);
        } catch (SQLException e) {
            throw explain(e);
        }
    }

    private UserFacingException explain(SQLException e) {
        String where = "database '" + profile.database() + "' at " + profile.host() + ":" + profile.port();
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("28P01") || state.equals("28000")) {
            return new UserFacingException("PostgreSQL refused the login of user '" + profile.user() + "' to " + where
                    + " (password from " + credentials.passwordSource(profile) + "). Nothing was changed. "
                    + "Fix the password in ~/.pgpass (mode 0600) or PGPASSFILE, or set PGPASSWORD.", e);
        }
        if (credentials.passwordFor(profile).isEmpty() && String.valueOf(e.getMessage()).contains("no password was provided")) {
            return new PasswordRequiredException("PostgreSQL asks user '" + profile.user() + "' for a password at " + where
                    + ", but PGPASSWORD, PGPASSFILE and ~/.pgpass have none for it. Nothing was changed. Add the line "
                    + profile.host() + ":" + profile.port() + ":" + profile.database() + ":" + profile.user()
                    + ":<password> to ~/.pgpass (chmod 600), or run on a terminal to be asked.", e);
        }
        if (state.equals("3D000")) {
            return new UserFacingException("There is no " + where + ". Nothing was changed. Check the profile's database name.", e);
        }
        if (state.startsWith("08")) {
            return new UserFacingException("Cannot reach PostgreSQL for " + where + ": " + e.getMessage()
                    + ". Nothing was changed. Is the server running and the host/port right?", e);
        }
        return new UserFacingException("Cannot connect to " + where + ": " + e.getMessage() + ". Nothing was changed.", e);
    }
}
