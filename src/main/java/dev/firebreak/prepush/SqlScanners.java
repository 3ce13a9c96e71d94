package dev.firebreak.prepush;

import java.util.Optional;

/** Where the console and the CLI get their {@link SqlScanner}. */
public final class SqlScanners {
    private SqlScanners() {
    }

    /** The SQL analyzer of {@code firebreak lint}, with each repository's rule severities. */
    public static Optional<SqlScanner> analyzer() {
        return Optional.of(new AnalyzerScanner());
    }
}
