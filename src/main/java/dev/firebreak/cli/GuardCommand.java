package dev.firebreak.cli;

import dev.firebreak.backup.connection.ConnectionProfile;
import dev.firebreak.backup.database.Database;
import dev.firebreak.core.EventBus;
import dev.firebreak.core.RepoPolicy;
import dev.firebreak.core.RepoPolicyLoader;
import dev.firebreak.core.UserFacingException;
import dev.firebreak.deploy.Assessment;
import dev.firebreak.deploy.DeployGuard;
import dev.firebreak.deploy.DeployedRevisions;
import dev.firebreak.deploy.MigrationRange;
import dev.firebreak.deploy.RestorePoint;
import dev.firebreak.deploy.RestorePointEntry;
import dev.firebreak.deploy.Verdict;
import dev.firebreak.sql.RuleSettings;
import dev.firebreak.sql.SourceFile;
import dev.firebreak.timeline.Journal;
import dev.firebreak.timeline.JournalFeed;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code firebreak guard}: the CI step right before the migrations run. */
@Command(name = "guard", mixinStandardHelpOptions = true,
        description = {"Run right before the migrations: lints the migrations that will run, counts the live rows they would "
                + "destroy, and blocks them unless approved; an approved destructive deploy gets a verified pre-deploy "
                + "backup and a restore point on the timeline first."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:run the migrations (nothing destructive, or approved and backed up)",
                "1:blocked: something destroys rows and nobody approved it, or the pre-deploy backup failed",
                "2:usage or input error (unknown profile, not a git repository, bad revision, unreadable file)"})
public final class GuardCommand implements Callable<Integer> {
    static final String APPROVE_ENV = "FIREBREAK_APPROVE";
    private static final String ALLOWED = "every destructive statement carries a firebreak:allow comment with a reason";

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @ParentCommand
    FirebreakCommand root;

    @ArgGroup(exclusive = true, multiplicity = "1")
    DatabaseTarget target;

    @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".",
            description = "The checkout being deployed (default: the current directory).")
    Path repo;

    @Option(names = "--since", paramLabel = "REV",
            description = "Lint the migrations changed between REV and HEAD (default: the commit the previous successful "
                    + "guard let through for this database and repository; without one, all migrations under PATH).")
    String since;

    @Option(names = "--approve", paramLabel = "REASON",
            description = "Let destructive migrations run (after a backup), for this reason; or set " + APPROVE_ENV + ".")
    String approve;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Migration files or directories (default: the whole repository).")
    List<String> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String approval = approval();
        EventBus events = new EventBus();
        BackupContext context = new BackupContext(root.home(), events);
        ConnectionProfile profile = target.resolve(context.profiles);
        DeployedRevisions revisions = new DeployedRevisions(root.home());
        MigrationRange head = MigrationRange.of(repo, null);
        Optional<String> recorded = since == null ? revisions.last(profile.name(), head.workTree()) : Optional.empty();
        String from = since != null ? since : recorded.orElse(null);
        MigrationRange range = from == null ? head : MigrationRange.of(repo, from);

        RepoPolicy policy = Files.isRegularFile(range.workTree().resolve(RepoPolicy.FILE_NAME))
                ? RepoPolicyLoader.load(range.workTree()) : RepoPolicy.defaults();
        List<String> roots = paths == null || paths.isEmpty() ? List.of(range.workTree().toString()) : paths;
        List<SourceFile> files = LintTargets.collect(roots, policy.migrations(), range::includes, err);

        Database database = context.database(profile);
        DeployGuard guard = new DeployGuard(context.engine, database, Clock.systemUTC());
        Assessment assessment = guard.assess(range, files, RuleSettings.fromPolicy(policy.rules()));
        Verdict verdict = DeployGuard.verdict(assessment, approval);
        String reason = approval != null ? approval : ALLOWED;
        RestorePoint point = null;
        Long entry = null;
        if (verdict == Verdict.APPROVED) {
            ZoneId zone = ZoneId.systemDefault();
            try (Journal journal = JournalAccess.open(spec); TerminalProgress progress = new TerminalProgress(err)) {
                Runnable unsubscribe = JournalFeed.subscribe(events, journal, zone); // the backup's own entries too
                try {
                    point = guard.protect(assessment, reason, target.asArguments(), progress);
                } catch (UserFacingException e) {
                    err.println("firebreak: the migrations must not run: the pre-deploy backup failed.");
                    return Cli.jobFailed(err, e);
                } finally {
                    unsubscribe.run();
                }
                entry = RestorePointEntry.append(journal, point, zone).id();
            }
        }
        if (verdict != Verdict.BLOCKED) {
            revisions.record(profile.name(), range.workTree(), range.head(), Clock.systemUTC().instant());
        }
        if (format == Format.json) {
            out.println(GuardJson.render(assessment, verdict, reason, point, entry));
        } else {
            GuardText.write(out, assessment, verdict, reason, point, recorded.isPresent());
        }
        return verdict == Verdict.BLOCKED ? Cli.FAILED : Cli.OK;
    }

    /** {@code --approve} wins over the environment; an empty reason is no approval at all. */
    private String approval() {
        if (approve != null) {
            if (approve.isBlank()) {
                throw new UserFacingException("--approve needs a reason (who approved the data loss, and why). Nothing was changed.");
            }
            return approve.strip();
        }
        String env = System.getenv(APPROVE_ENV);
        return env == null || env.isBlank() ? null : env.strip();
    }
}
