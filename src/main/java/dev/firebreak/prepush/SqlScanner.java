package dev.firebreak.prepush;

import dev.firebreak.core.RepoPolicy;
import java.util.List;

/**
 * The seam to the SQL analyzer ({@code dev.firebreak.sql.MigrationAnalyzer}): the checklist hands over the outgoing
 * text files and the policy's extra migration globs, the analyzer decides which are SQL and what is destructive.
 */
@FunctionalInterface
public interface SqlScanner {
    ScanResult scan(List<ChangedFile> files, RepoPolicy policy);
}
