package dev.firebreak.sql;

import dev.firebreak.sql.lex.LexProblem;
import dev.firebreak.sql.rules.AlterTableChecks;
import dev.firebreak.sql.rules.ChangeSet;
import dev.firebreak.sql.rules.Check;
import dev.firebreak.sql.rules.CreateChecks;
import dev.firebreak.sql.rules.DataChecks;
import dev.firebreak.sql.rules.DropChecks;
import dev.firebreak.sql.rules.Rule;
import dev.firebreak.sql.rules.Suppressions;
import dev.firebreak.sql.rules.UnreadCodeChecks;
import dev.firebreak.sql.statement.ParsedMigration;
import dev.firebreak.sql.statement.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds every statement of a change set that destroys stored data (and the risky ones), in SQL files and
 * framework migrations alike. Used by {@code firebreak lint} and, in-process, by the pre-push check.
 */
public final class MigrationAnalyzer {
    private static final List<Check> CHECKS = List.of(new DropChecks(), new DataChecks(), new AlterTableChecks(),
            new CreateChecks(), new UnreadCodeChecks());

    /** Files read in parallel before their checks run. */
    private static final int BATCH = 64;

    private final RuleSettings settings;

    public MigrationAnalyzer(RuleSettings settings) {
        this.settings = settings;
    }

    /** Analyses the files in order: a table created in an earlier file is scratch, one dropped earlier and created again is lost. */
    public AnalysisReport analyze(List<SourceFile> changeSet) {
        return analyze(changeSet, true);
    }

    /**
     * Analyses each file as a change set of its own. For a folder of migrations that already ran: a table that an old
     * migration created is real data by now, not scratch space, so its DROP in a later file must stay an error.
     */
    public AnalysisReport analyzeEachFile(List<SourceFile> files) {
        return analyze(files, false);
    }

    private AnalysisReport analyze(List<SourceFile> changeSet, boolean shared) {
        ChangeSet state = new ChangeSet();
        List<Finding> findings = new ArrayList<>();
        Recreations recreations = new Recreations(settings);
        int statements = 0;
        for (int from = 0; from < changeSet.size(); from += BATCH) {
            List<SourceFile> batch = changeSet.subList(from, Math.min(changeSet.size(), from + BATCH));
            // reading a file is independent of the others, so a batch is read on every core; the rules then run in
            // order. Batches keep few parsed files alive at a time, which the garbage collector rewards.
            List<ParsedMigration> parsed = batch.size() == 1 ? List.of(MigrationFiles.parse(batch.get(0)))
                    : batch.parallelStream().map(MigrationFiles::parse).toList();
            for (int f = 0; f < batch.size(); f++) {
                ChangeSet fileState = shared ? state : new ChangeSet();
                statements += check(batch.get(f), parsed.get(f), fileState, findings, recreations);
                if (!shared) {
                    recreations.apply(fileState, findings);
                }
            }
        }
        if (shared) {
            recreations.apply(state, findings);
        }
        return new AnalysisReport(findings, changeSet.size(), statements);
    }

    /** Runs every check over one file's statements, in order; returns how many statements the file holds. */
    private int check(SourceFile file, ParsedMigration parsed, ChangeSet state, List<Finding> findings,
                      Recreations recreations) {
        List<Finding> fileFindings = new ArrayList<>();
        Suppressions suppressions = Suppressions.of(parsed.directives(), parsed.spans());
        recreations.enter(file.path(), suppressions);
        FindingCollector collector = new FindingCollector(file.path(), settings, suppressions, fileFindings);
        state.enter(file.path());
        boolean toolRun = MigrationRunner.stopsOnError(file.path(), MigrationFiles.kind(file.path(), file.content()), file.content());
        for (Statement parsedStatement : parsed.statements()) {
            Statement statement = toolRun ? parsedStatement.stoppingOnError() : parsedStatement;
            for (Check check : CHECKS) {
                check.inspect(statement, state, collector);
            }
            state.record(statement);
        }
        for (LexProblem problem : parsed.problems()) {
            collector.reportText(Rule.UNTERMINATED, problem.line(), problem.column(),
                    problem.message() + ": the rest of the file was not analysed", "");
        }
        for (Suppressions.Problem problem : suppressions.problems()) {
            collector.reportText(Rule.BAD_SUPPRESSION, problem.line(), problem.column(), problem.message(),
                    problem.comment());
        }
        fileFindings.sort(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column));
        findings.addAll(fileFindings);
        return parsed.count();
    }
}
