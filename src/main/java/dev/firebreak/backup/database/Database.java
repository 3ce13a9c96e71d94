package dev.firebreak.backup.database;

import dev.firebreak.backup.connection.ConnectionProfile;
import dev.firebreak.backup.connection.Credentials;
import dev.firebreak.backup.connection.PasswordRequiredException;
import dev.firebreak.core.CancelledException;
import dev.firebreak.core.Timeouts;
import dev.firebreak.core.UserFacingException;
import java.net.SocketTimeoutException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;

/**
 * Opens JDBC connections for a profile, with the password from {@link Credentials}, and explains failures. A server
 * that does not answer ends the attempt after the {@link Timeouts}; once logged in, queries may take as long as they
 * need (counting or copying a big table), and cancel stops them.
 */
public final class Database {
    /** The maintenance database: renames, creates and drops are done from here, never from the target itself. */
    public static final String MAINTENANCE = "postgres";

    private final ConnectionProfile profile;
    private final Credentials credentials;
    private final Timeouts timeouts;

    public Database(ConnectionProfile profile, Credentials credentials) {
        this(profile, credentials, Timeouts.DEFAULT);
    }

    public Database(ConnectionProfile profile, Credentials credentials, Timeouts timeouts) {
        this.profile = profile;
        this.credentials = credentials;
        this.timeouts = timeouts;
    }

    public ConnectionProfile profile() {
        return profile;
    }

    public Credentials credentials() {
        return credentials;
    }

    public Timeouts timeouts() {
        return timeouts;
    }

    public Database other(String database) {
        return new Database(profile.withDatabase(database), credentials, timeouts);
    }

    public Database maintenance() {
        return other(MAINTENANCE);
    }

    public Connection connect() {
        Properties properties = new Properties();
        properties.setProperty("user", profile.user());
        credentials.passwordFor(profile).ifPresent(password -> properties.setProperty("password", password));
        properties.setProperty("ApplicationName", "firebreak");
        properties.setProperty("connectTimeout", String.valueOf(timeouts.connect().toSeconds()));
        properties.setProperty("socketTimeout", String.valueOf(timeouts.answer().toSeconds()));
        properties.setProperty("loginTimeout", String.valueOf(timeouts.connect().plus(timeouts.answer()).toSeconds()));
        try {
            Connection connection = DriverManager.getConnection(profile.jdbcUrl(), properties);
            connection.setNetworkTimeout(Runnable::run, 0);
            return connection;
        } catch (SQLException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancelledException();
            }
            throw explain(e);
        }
    }

    private UserFacingException explain(SQLException e) {
        String where = "database '" + profile.database() + "' at " + profile.host() + ":" + profile.port();
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (connectTimedOut(e)) {
            return new UserFacingException("The server at " + profile.host() + ":" + profile.port()
                    + " did not accept a connection within " + Timeouts.text(timeouts.connect())
                    + " — nothing was changed; check the host and port and that the server is running.", e);
        }
        if (answerTimedOut(e)) {
            return new UserFacingException("The server at " + profile.host() + ":" + profile.port()
                    + " accepted the connection but did not answer within " + Timeouts.text(timeouts.answer())
                    + " — nothing was changed; check that it is PostgreSQL and not overloaded.", e);
        }
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

    private static boolean connectTimedOut(SQLException e) {
        SocketTimeoutException timeout = timeout(e);
        return timeout != null && String.valueOf(timeout.getMessage()).toLowerCase(Locale.ROOT).contains("connect");
    }

    /** A read that timed out, or the driver's login timeout: the TCP connection was made, the server stayed silent. */
    private static boolean answerTimedOut(SQLException e) {
        return timeout(e) != null || "08001".equals(e.getSQLState()) && String.valueOf(e.getMessage()).contains("timed out");
    }

    private static SocketTimeoutException timeout(SQLException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException timeout) {
                return timeout;
            }
        }
        return null;
    }
}
