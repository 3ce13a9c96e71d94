package dev.firebreak.prepush;

import dev.firebreak.core.RepoPolicy;
import dev.firebreak.sql.AnalysisReport;
import dev.firebreak.sql.MigrationAnalyzer;
import dev.firebreak.sql.MigrationFiles;
import dev.firebreak.sql.RuleSettings;
import dev.firebreak.sql.SourceFile;
import java.util.List;

/**
 * The checklist's view of {@code firebreak lint}: the outgoing SQL and migration files, analysed as one change set
 * (so a DROP in one file and a CREATE in the next is still "drop and recreate") with the repository's rule severities.
 */
final class AnalyzerScanner implements SqlScanner {
    @Override
    public ScanResult scan(List<ChangedFile> files, RepoPolicy policy) {
        List<SourceFile> migrations = files.stream()
                .filter(file -> MigrationFiles.isCandidate(file.path(), file.content(), policy.migrations()))
                .map(file -> new SourceFile(file.path(), file.content()))
                .toList();
        AnalysisReport report = new MigrationAnalyzer(RuleSettings.fromPolicy(policy.rules())).analyze(migrations);
        List<SqlFinding> findings = report.findings().stream()
                .map(f -> new SqlFinding(f.file(), f.line(), f.rule(), f.blocking(),
                        f.message() + (f.suppressed() ? " (allowed in the file)" : "")))
                .toList();
        return new ScanResult(findings, migrations.stream().map(SourceFile::path).toList());
    }
}
