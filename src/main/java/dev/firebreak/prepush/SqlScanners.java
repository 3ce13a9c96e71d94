package dev.firebreak.prepush;

import java.util.Optional;

/** Where the console and the CLI get their {@link SqlScanner}. */
public final class SqlScanners {
    private SqlScanners() {
    }

    /**
     * The SQL analyzer adapter; empty until {@code dev.firebreak.sql} is merged into this branch, and the
     * destructive-SQL check then reports SKIP "SQL analyzer not available".
     */
    public static Optional<SqlScanner> analyzer() {
        return Optional.empty();
    }
}
