package dev.firebreak.deploy;

import java.util.List;

/**
 * What the migrations about to run would do to the live database.
 *
 * @param files the migration files linted, as named
 */
public record Assessment(MigrationRange range, String database, List<String> files, List<GuardFinding> findings) {
    public Assessment {
        files = List.copyOf(files);
        findings = List.copyOf(findings);
    }

    public boolean destructive() {
        return findings.stream().anyMatch(GuardFinding::destructive);
    }

    /** Something destroys data and no reviewed allow comment covers it: only an explicit approval lets it run. */
    public boolean needsApproval() {
        return findings.stream().anyMatch(GuardFinding::needsApproval);
    }

    public List<GuardFinding> destructiveFindings() {
        return findings.stream().filter(GuardFinding::destructive).toList();
    }
}
