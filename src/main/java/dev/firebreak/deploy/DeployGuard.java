package dev.firebreak.deploy;

import dev.firebreak.backup.BackupEngine;
import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.manifest.BackupLabel;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.manifest.Verification;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.UserFacingException;
import dev.firebreak.sql.AnalysisReport;
import dev.firebreak.sql.Finding;
import dev.firebreak.sql.MigrationAnalyzer;
import dev.firebreak.sql.RuleSettings;
import dev.firebreak.sql.SourceFile;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The step between CI and the migrations: what the migrations about to run destroy, measured in live rows, and —
 * when they may run anyway — a verified backup and a restore point taken right before.
 */
public final class DeployGuard {
    private final BackupEngine engine;
    private final Database database;
    private final Clock clock;

    public DeployGuard(BackupEngine engine, Database database, Clock clock) {
        this.engine = engine;
        this.database = database;
        this.clock = clock;
    }

    /**
     * Lints {@code files} (the migrations in {@code range}) and counts the rows of every table a finding names. Files
     * changed since the previous deploy are one change set; without one, each file stands alone, as for lint.
     */
    public Assessment assess(MigrationRange range, List<SourceFile> files, RuleSettings settings) {
        MigrationAnalyzer analyzer = new MigrationAnalyzer(settings);
        AnalysisReport report = range.since() != null ? analyzer.analyze(files) : analyzer.analyzeEachFile(files);
        List<GuardFinding> findings = report.findings().isEmpty() ? List.of() : withRows(report.findings());
        return new Assessment(range, database.profile().database(), files.stream().map(SourceFile::path).toList(), findings);
    }

    public static Verdict verdict(Assessment assessment, String approval) {
        if (!assessment.destructive()) {
            return Verdict.PASS;
        }
        return assessment.needsApproval() && approval == null ? Verdict.BLOCKED : Verdict.APPROVED;
    }

    /**
     * The pre-deploy backup (quick-verified, uploaded when S3 is configured) and the WAL position after it. Throws
     * when any part fails: then the migrations must not run.
     *
     * @param target how commands name the database, for the restore point's undo line
     */
    public RestorePoint protect(Assessment assessment, String reason, String target, ProgressMonitor monitor) {
        BackupManifest backup = engine.backup(database, BackupLabel.PRE_DEPLOY).call(monitor);
        Verification verification = engine.verify(backup.id(), null, true).call(monitor);
        if (!verification.passed()) {
            throw new UserFacingException("the pre-deploy backup " + backup.id() + " failed its quick verification ("
                    + verification.details() + "). Do not run the migrations; the database was not changed.");
        }
        boolean upload = engine.store().s3Config().isPresent();
        if (upload) {
            engine.upload(backup.id()).call(monitor);
        }
        MigrationRange range = assessment.range();
        return new RestorePoint(backup.id(), walPosition(), assessment.database(), target, range.head(),
                range.headSubject(), reason, upload, clock.instant());
    }

    private List<GuardFinding> withRows(List<Finding> findings) {
        try (Connection connection = database.connect()) {
            LiveRowCounts counts = LiveRowCounts.on(connection);
            List<GuardFinding> measured = new ArrayList<>();
            for (Finding finding : findings) {
                List<TableRows> tables = new ArrayList<>();
                for (String name : TouchedTables.of(finding)) {
                    tables.add(counts.count(name));
                }
                measured.add(new GuardFinding(finding, tables));
            }
            return measured;
        } catch (SQLException e) {
            throw new UserFacingException("cannot count the rows of " + database.profile().database() + ": "
                    + e.getMessage() + ". Nothing was changed.", e);
        }
    }

    /** Where the server's WAL stands now; null on a standby, or where the function is not allowed. */
    private String walPosition() {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "SELECT CASE WHEN pg_is_in_recovery() THEN NULL ELSE pg_current_wal_lsn()::text END")) {
            return result.next() ? result.getString(1) : null;
        } catch (SQLException e) {
            return null;
        }
    }
}
