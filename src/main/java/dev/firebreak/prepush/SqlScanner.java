package dev.firebreak.prepush;

import dev.firebreak.core.RepoPolicy;
import java.util.List;

/**
 * The seam to the SQL analyzer ({@code dev.firebreak.sql.MigrationAnalyzer}): the checklist hands over the outgoing
 * text files and the repository policy (extra migration globs, rule severities); the analyzer decides which files
 * are SQL or migrations and what is destructive.
 */
@FunctionalInterface
public interface SqlScanner {
    ScanResult scan(List<ChangedFile> files, RepoPolicy policy);
}
