package dev.firebreak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.backup.BackupEngine;
import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.manifest.BackupLabel;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.pgtool.PgTools;
import dev.firebreak.backup.store.LocalBackupStore;
import dev.firebreak.core.EventBus;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.testing.ShopDatabase;
import dev.firebreak.testing.TestPostgres;
import dev.firebreak.timeline.Entry;
import dev.firebreak.timeline.Journal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code firebreak prune} in-process over real backups of a real database, made in the past through the engine's
 * clock; the command itself runs at the real time.
 */
class PruneCommandTest {
    private static final String DELETE_REASON = "older than 30 days and not the newest of a kept day, week or month";
    private static final Instant TODAY = Instant.now().truncatedTo(ChronoUnit.DAYS);

    @TempDir
    Path tmp;

    FirebreakHome home;
    String shop;

    record Run(int exitCode, String out, String err) {
    }

    @BeforeEach
    void home() {
        home = new FirebreakHome(tmp.resolve("home"));
        shop = ShopDatabase.create();
    }

    @Test
    void dryRunShowsThePlanAndDeletesNothingThenPruneDeletesExactlyThatAndJournalsIt() {
        BackupManifest verified = backup("shop", daysAgo(400, 2));
        engineAt(daysAgo(400, 3)).verify(verified.id(), database("shop"), false).call(ProgressMonitor.NONE);
        BackupManifest olderThanVerified = backup("shop", daysAgo(401, 2));
        BackupManifest earlierSameDay = backup("shop", daysAgo(45, 10));
        BackupManifest newestOfItsWeek = backup("shop", daysAgo(45, 11));
        BackupManifest newest = backup("shop", daysAgo(1, 2));

        Run dryRun = firebreak("prune", "--dry-run");

        assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
        assertThat(dryRun.out()).contains("Retention (defaults; change them in " + home.root().resolve("retention.json")
                        + "): keep all for 30 days, then the newest per day for 7 days, per ISO week for 4 weeks, per month for 12 months.")
                .containsPattern("keep +" + newest.id() + " .*newest backup of shop")
                .containsPattern("keep +" + newestOfItsWeek.id() + " .*newest of week \\d{4}-W\\d\\d")
                .containsPattern("delete +" + earlierSameDay.id() + " .*" + DELETE_REASON)
                .containsPattern("keep +" + verified.id() + " .*newest verified \\(test-restored\\) backup of shop")
                .containsPattern("delete +" + olderThanVerified.id() + " .*" + DELETE_REASON)
                .contains("Dry run: would delete 2 backups and free ", "; nothing was deleted.");
        assertThat(catalog()).hasSize(5);

        Run prune = firebreak("prune");

        assertThat(prune.exitCode()).as(prune.err()).isZero();
        assertThat(prune.out()).contains("Deleted 2 backups, freed ");
        assertThat(catalog()).extracting(BackupManifest::id)
                .containsExactly(newest.id(), newestOfItsWeek.id(), verified.id());
        assertThat(archive(earlierSameDay)).doesNotExist();
        assertThat(archive(olderThanVerified)).doesNotExist();
        assertThat(archive(verified)).exists();
        assertThat(journal()).anyMatch(text -> text.startsWith("Retention deleted 2 backups, ")
                && text.contains(earlierSameDay.id()) && text.contains(olderThanVerified.id()));
        assertThat(firebreak("prune").out()).contains("Deleted 0 backups, freed 0 B.");
    }

    @Test
    void profileLimitsThePruneToThatProfile() {
        backup("billing", daysAgo(402, 2));
        BackupManifest billingOld = backup("billing", daysAgo(403, 2));
        backup("shop", daysAgo(2, 2));

        Run shopOnly = firebreak("prune", "--profile", "shop");

        assertThat(shopOnly.exitCode()).as(shopOnly.err()).isZero();
        assertThat(shopOnly.out()).doesNotContain("billing").contains("Deleted 0 backups");
        assertThat(archive(billingOld)).exists();
        assertThat(firebreak("prune", "--profile", "nobody").out()).contains("No backups of profile nobody: nothing to prune.");
    }

    @Test
    void aBadRetentionFileOrOptionIsAUsageErrorAndNothingIsDeleted() throws Exception {
        BackupManifest old = backup("shop", daysAgo(500, 2));
        backup("shop", daysAgo(1, 2));
        Files.writeString(home.root().resolve("retention.json"), "{\"keepAll\": 10}");

        Run badFile = firebreak("prune");
        Run badOption = firebreak("prune", "--force");

        assertThat(badFile.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(badFile.err()).contains("unknown field 'keepAll'", "Nothing was deleted").doesNotContain("Exception");
        assertThat(badOption.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(badOption.err()).contains("Unknown option: '--force'");
        assertThat(archive(old)).exists();
    }

    @Test
    void anArchiveThatCannotBeDeletedFailsWithExitOneAfterLeavingTheCatalog() throws Exception {
        BackupManifest old = backup("shop", daysAgo(500, 2));
        backup("shop", daysAgo(1, 2));
        Files.delete(archive(old));
        Files.createDirectories(archive(old).resolve("in-the-way")); // a non-empty directory: the deletion fails for real

        Run prune = firebreak("prune");

        assertThat(prune.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(prune.err()).contains("Backup " + old.id() + " is out of the catalog, but its archive", "delete it by hand")
                .doesNotContain("\tat ");
        assertThat(catalog()).extracting(BackupManifest::id).doesNotContain(old.id());
    }

    @Test
    void aRetentionFileChangesThePlan() throws Exception {
        BackupManifest fortyDaysOld = backup("shop", daysAgo(40, 2));
        backup("shop", daysAgo(1, 2));
        Files.writeString(home.root().resolve("retention.json"), "{\"keepAllDays\": 60}");

        Run dryRun = firebreak("prune", "--dry-run");

        assertThat(dryRun.out()).contains("Retention (" + home.root().resolve("retention.json") + "): keep all for 60 days")
                .containsPattern("keep +" + fortyDaysOld.id() + " .*within 60 days");
    }

    private static Instant daysAgo(int days, int hour) {
        return TODAY.minus(Duration.ofDays(days)).plus(Duration.ofHours(hour));
    }

    private BackupManifest backup(String profile, Instant at) {
        return engineAt(at).backup(database(profile), BackupLabel.SCHEDULED).call(ProgressMonitor.NONE);
    }

    private Database database(String profile) {
        return TestPostgres.database(tmp, profile, shop);
    }

    private BackupEngine engineAt(Instant at) {
        return new BackupEngine(LocalBackupStore.in(home), PgTools.onThisMachine(System.getenv()), new EventBus(),
                home.root().resolve("private"), Clock.fixed(at, ZoneOffset.UTC));
    }

    private List<BackupManifest> catalog() {
        return LocalBackupStore.in(home).list(null);
    }

    private Path archive(BackupManifest backup) {
        return LocalBackupStore.in(home).root().resolve(backup.profile()).resolve(backup.id() + ".dump");
    }

    private List<String> journal() {
        try (Journal journal = Journal.local(home, Clock.systemUTC())) {
            return journal.entries().stream().map(Entry::text).toList();
        }
    }

    private Run firebreak(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), home).execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
