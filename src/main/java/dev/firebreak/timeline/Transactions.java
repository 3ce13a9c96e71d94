package dev.firebreak.timeline;

import dev.firebreak.core.UserFacingException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs journal work on one connection. A write is one transaction: on SQLite the driver opens it with
 * {@code BEGIN IMMEDIATE}, taking the write lock before the chain's head is read. Auto-commit is restored after each
 * write so the connection never holds the lock while idle.
 */
final class Transactions {
    interface Work<T> {
        T run() throws SQLException;
    }

    private final Connection connection;

    Transactions(Connection connection) {
        this.connection = connection;
    }

    <T> T write(Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
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
