package dev.firebreak.ui.backups;

import dev.firebreak.backup.connection.ConnectionProfile;
import dev.firebreak.backup.connection.PasswordRequiredException;
import dev.firebreak.core.Timeouts;
import dev.firebreak.ui.ErrorText;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a test connection failed, in plain words with what to check — never the driver's own text ("…the postmaster
 * is accepting TCP/IP connections"), which speaks to a PostgreSQL hacker, not to someone adding a database at 2 AM.
 */
final class ConnectionTrouble {
    private ConnectionTrouble() {
    }

    /** @param passwordFrom where the password came from when it was not the typed one (PGPASSWORD, a pgpass file) */
    static String explain(Throwable error, ConnectionProfile profile, Timeouts timeouts, Optional<String> passwordFrom) {
        String at = profile.host() + ":" + profile.port();
        String user = "'" + profile.user() + "'";
        String state = cause(error, SQLException.class).map(SQLException::getSQLState).orElse("");
        if (error instanceof PasswordRequiredException) {
            return "The server at " + at + " asks user " + user + " for a password and none was given. Type it in the "
                    + "Password field.";
        }
        if (state.equals("28P01")) {
            return "The server refused the password for user " + user
                    + passwordFrom.map(source -> " (the one in " + source + ", which is used before a typed one)").orElse("")
                    + ". Check the password (it is case-sensitive) and the user name before the @ in the URL.";
        }
        if (state.equals("28000")) {
            return message(error).contains("pg_hba")
                    ? "The server at " + at + " does not let user " + user + " connect to database '" + profile.database()
                            + "' from this machine (no line for it in the server's pg_hba.conf). Ask the server's administrator."
                    : "The server at " + at + " does not know user " + user + ". Check the user name before the @ in the URL.";
        }
        if (state.equals("3D000")) {
            return "The server at " + at + " has no database named '" + profile.database() + "'. Check the name after "
                    + "the last / in the URL (names are case-sensitive).";
        }
        if (cause(error, UnknownHostException.class).isPresent()) {
            return "There is no host named '" + profile.host() + "'. Check the host in the URL.";
        }
        if (cause(error, ConnectException.class).isPresent() || cause(error, NoRouteToHostException.class).isPresent()) {
            return "Nothing answers at " + at + " — is the server running, is the port right?";
        }
        Optional<SocketTimeoutException> timeout = cause(error, SocketTimeoutException.class);
        if (timeout.isPresent() && message(timeout.get()).contains("connect")) {
            return "Nothing answered at " + at + " within " + Timeouts.text(timeouts.connect()) + " — is the host right, "
                    + "is the server running, and does a firewall let you through to port " + profile.port() + "?";
        }
        if (timeout.isPresent() || message(error).contains("timed out")) {
            return "Something at " + at + " took the connection but did not answer within " + Timeouts.text(timeouts.answer())
                    + " — is the port that of PostgreSQL, and is the server overloaded?";
        }
        if (state.equals("08004") && message(error).contains("ssl")) {
            return "The server at " + at + " does not offer SSL, which the URL asks for (sslmode). Remove ?sslmode=… "
                    + "from the URL or turn SSL on in the server.";
        }
        return ErrorText.of(error);
    }

    private static String message(Throwable error) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            all.append(' ').append(t.getMessage());
        }
        return all.toString().toLowerCase(Locale.ROOT);
    }

    private static <T extends Throwable> Optional<T> cause(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
