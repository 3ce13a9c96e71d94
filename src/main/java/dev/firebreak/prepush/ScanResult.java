package dev.firebreak.prepush;

import java.util.List;

/**
 * What the SQL analyzer found in the outgoing files.
 *
 * @param migrationFiles the files it recognised as SQL or migrations (a push "carries migrations" when non-empty)
 */
public record ScanResult(List<SqlFinding> findings, List<String> migrationFiles) {
    public ScanResult {
        findings = List.copyOf(findings);
        migrationFiles = List.copyOf(migrationFiles);
    }

    public List<SqlFinding> errors() {
        return findings.stream().filter(SqlFinding::error).toList();
    }
}
