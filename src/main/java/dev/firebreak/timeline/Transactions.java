package dev.firebreak.timeline;

import dev.firebreak.core.UserFacingException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs journal work on one connection. A write is one transaction that takes the dialect's write lock before
 * anything is read, so the chain's head it reads is still the head when it commits. Auto-commit is restored after each
 * write so the connection never holds the lock while idle.
 */
final class Transactions {
    interface Work<T> {
        T run() throws SQLException;
    }

    private final Connection connection;
    private final JournalDialect dialect;

    Transactions(Connection connection, JournalDialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    <T> T write(Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                dialect.lockForWrite(connection);
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    <T> T read(Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static UserFacingException failure(SQLException e) {
        return new UserFacingException("The journal database failed: " + e.getMessage(), e);
    }
}
