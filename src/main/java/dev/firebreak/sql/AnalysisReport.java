package dev.firebreak.sql;

import java.util.List;

/**
 * What the analyzer found in one change set.
 *
 * @param files      files analysed
 * @param statements statements seen (SQL statements and framework operations), destructive or not
 */
public record AnalysisReport(List<Finding> findings, int files, int statements) {
    public AnalysisReport {
        findings = List.copyOf(findings);
    }

    /** True when at least one error-level finding is not suppressed. */
    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::blocking);
    }
}
