package dev.firebreak.cli;

import dev.firebreak.core.RepoPolicy;
import dev.firebreak.core.RepoPolicyLoader;
import dev.firebreak.sql.AnalysisReport;
import dev.firebreak.sql.MigrationAnalyzer;
import dev.firebreak.sql.RuleSettings;
import dev.firebreak.sql.SourceFile;
import dev.firebreak.sql.format.JsonFormat;
import dev.firebreak.sql.format.SarifFormat;
import dev.firebreak.sql.format.TextFormat;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code firebreak lint}: every statement in the migrations that destroys stored data, with where and what to do instead. */
@Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Find destructive statements in SQL and framework migrations (Rails, Django, Alembic, Liquibase, Knex, Sequelize, Flyway, Prisma).",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:no unsuppressed error-level finding", "1:at least one error-level finding", "2:input error: a path not found or unreadable, a file that is not text (skipped, named on stderr) or larger than " + LintTargets.MAX_FILE_MB + " MB"})
public final class LintCommand implements Callable<Integer> {
    enum Format { text, json, sarif }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|sarif",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--changed-since", paramLabel = "REV",
            description = "Lint only files added or modified between REV and HEAD.")
    String changedSince;

    @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".",
            description = "Repository whose .firebreak.yml sets rule severities and where --changed-since resolves (default: current directory).")
    Path repo;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "SQL or migration files, or directories to search.")
    List<String> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // without a policy file, do not pay for starting the YAML parser: the pre-push hook runs this often
        RepoPolicy policy = Files.isRegularFile(repo.resolve(RepoPolicy.FILE_NAME)) ? RepoPolicyLoader.load(repo) : RepoPolicy.defaults();
        RuleSettings settings = RuleSettings.fromPolicy(policy.rules());
        Predicate<Path> keep = path -> true;
        if (changedSince != null) {
            Set<Path> changed = ChangedFiles.between(repo, changedSince);
            keep = file -> changed.contains(ChangedFiles.canonical(file));
        }
        List<Path> notText = new ArrayList<>();
        List<SourceFile> files = LintTargets.collect(paths, policy.migrations(), keep, err, notText);
        // --changed-since names one change (a pull request): its files are one change set. Named files and folders
        // hold migrations that may have run long ago, so each is judged on its own.
        MigrationAnalyzer analyzer = new MigrationAnalyzer(settings);
        AnalysisReport report = changedSince != null ? analyzer.analyze(files) : analyzer.analyzeEachFile(files);
        switch (format) {
            case json -> JsonFormat.write(report, out);
            case sarif -> SarifFormat.write(report, VersionProvider.version(), out);
            case text -> TextFormat.write(report, out);
        }
        if (report.hasErrors()) {
            return Cli.FAILED;
        }
        return notText.isEmpty() ? Cli.OK : Cli.USAGE; // a skipped file was not checked: never report it as clean
    }
}
