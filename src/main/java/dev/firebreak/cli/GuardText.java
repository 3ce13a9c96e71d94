package dev.firebreak.cli;

import dev.firebreak.core.Numbers;
import dev.firebreak.deploy.Assessment;
import dev.firebreak.deploy.GuardFinding;
import dev.firebreak.deploy.MigrationRange;
import dev.firebreak.deploy.RestorePoint;
import dev.firebreak.deploy.TableRows;
import dev.firebreak.deploy.Verdict;
import dev.firebreak.sql.Finding;
import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code firebreak guard} for the CI log: the verdict first, then each destructive statement with its live rows. */
final class GuardText {
    private GuardText() {
    }

    static void write(PrintWriter out, Assessment assessment, Verdict verdict, String approval, RestorePoint point,
                      boolean sinceRecorded) {
        MigrationRange range = assessment.range();
        out.println("firebreak guard: deploying " + range.shortHead() + " \"" + range.headSubject() + "\" to "
                + assessment.database());
        out.println(range.since() == null
                ? "Checked " + files(assessment) + " (no previous deploy known: every migration under the given paths)."
                : "Checked " + files(assessment) + " changed since " + range.since().substring(0, 12)
                        + (sinceRecorded ? " (deployed by the previous guard)." : "."));
        switch (verdict) {
            case PASS -> out.println("PASS: nothing destroys stored data. Run the migrations.");
            case BLOCKED -> out.println("BLOCKED: these statements destroy rows in production:");
            case APPROVED -> out.println("APPROVED (" + approval + "): these statements destroy rows in production:");
        }
        for (GuardFinding finding : assessment.destructiveFindings()) {
            writeFinding(out, range, finding);
        }
        for (GuardFinding finding : assessment.findings()) {
            if (!finding.destructive()) {
                Finding f = finding.finding();
                out.println("  note: " + location(range, f) + "  " + f.rule() + ": " + f.message());
            }
        }
        if (verdict == Verdict.BLOCKED) {
            out.println("Nothing was changed. If this is intended, run the guard again with --approve \"REASON\" (or "
                    + "FIREBREAK_APPROVE=REASON): it then takes a verified pre-deploy backup and records a restore "
                    + "point before the migrations run.");
        }
        if (point != null) {
            out.println("Pre-deploy backup " + point.backupId() + " (quick verify passed" + (point.uploaded() ? ", uploaded" : "")
                    + ")" + (point.walLsn() == null ? "" : ", WAL position " + point.walLsn()) + ".");
            out.println("Restore point recorded on the timeline. To undo: firebreak restore " + point.backupId() + " "
                    + point.target() + " --mode replace");
            out.println("Run the migrations.");
        }
    }

    private static void writeFinding(PrintWriter out, MigrationRange range, GuardFinding guarded) {
        Finding finding = guarded.finding();
        out.println("  " + location(range, finding) + "  " + finding.rule() + ": " + finding.message()
                + (finding.suppressed() ? " (allowed in the migration)" : ""));
        for (TableRows table : guarded.tables()) {
            out.println("      `" + table.name() + "`: " + rows(table));
        }
    }

    static String rows(TableRows table) {
        if (!table.exists()) {
            return "no such table in production";
        }
        String rows = Numbers.of(table.rows(), "row");
        return table.kind().equals("schema") ? rows + " in the schema's tables in production" : rows + " in production";
    }

    /** The file relative to the repository when it is inside it: CI logs stay readable. */
    static String location(MigrationRange range, Finding finding) {
        Path file = Path.of(finding.file()).toAbsolutePath().normalize();
        String shown = file.startsWith(range.workTree()) ? range.workTree().relativize(file).toString() : finding.file();
        return shown + ":" + finding.line() + ":" + finding.column();
    }

    private static String files(Assessment assessment) {
        int n = assessment.files().size();
        return n + (n == 1 ? " migration" : " migrations");
    }
}
