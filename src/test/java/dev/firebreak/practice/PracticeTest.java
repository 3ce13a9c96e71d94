package dev.firebreak.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.backup.BackupEngine;
import dev.firebreak.backup.connection.ConnectionProfile;
import dev.firebreak.backup.connection.ProfileStore;
import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.manifest.BackupLabel;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.pgtool.PgTools;
import dev.firebreak.backup.restore.RestoreMode;
import dev.firebreak.backup.store.LocalBackupStore;
import dev.firebreak.core.EventBus;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.UserFacingException;
import dev.firebreak.git.PushPlans;
import dev.firebreak.git.Repositories;
import dev.firebreak.prepush.CheckResult;
import dev.firebreak.prepush.Checklist;
import dev.firebreak.prepush.PushGuard;
import dev.firebreak.prepush.SqlScanners;
import dev.firebreak.prepush.Verdict;
import dev.firebreak.testing.ShopDatabase;
import dev.firebreak.testing.TestPostgres;
import dev.firebreak.timeline.Entry;
import dev.firebreak.timeline.Journal;
import dev.firebreak.timeline.JournalFeed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.BranchConfig;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Practice mode against its real embedded server, repository, backup engine and journal. */
class PracticeTest {
    @TempDir
    Path tmp;

    private final EventBus events = new EventBus();
    private final Clock clock = Clock.systemUTC();
    private Practice practice;
    private Journal journal;

    @AfterEach
    void stop() {
        if (practice != null) {
            practice.stop();
        }
        if (journal != null) {
            journal.close();
        }
    }

    @Test
    void theWholeDrillFromFirstStartToResetLeavesOtherProfilesAlone() throws Exception {
        FirebreakHome home = new FirebreakHome(tmp.resolve("home"));
        LocalBackupStore store = LocalBackupStore.in(home);
        BackupEngine engine = new BackupEngine(store, PgTools.onThisMachine(System.getenv()), events,
                home.root().resolve("private"), clock);
        practice = new Practice(home, store, events, clock);
        journal = Journal.local(home, clock);
        JournalFeed.subscribe(events, journal, clock.getZone());
        DrillTracker tracker = DrillTracker.subscribe(practice, store, events, clock);

        Practice.Setup setup = practice.start(ProgressMonitor.NONE);

        assertThat(setup.customers()).isEqualTo(SampleShop.CUSTOMERS);
        assertThat(home.root().resolve("practice/data/PG_VERSION")).hasContent("15");
        assertThat(new ProfileStore(home).require(Practice.PROFILE)).isEqualTo(setup.profile());
        assertThat(count(practice.database(), "SELECT count(*) FROM orders")).isEqualTo(SampleShop.orders());
        assertThat(count(practice.database(), "SELECT count(DISTINCT email) FROM customers WHERE phone IS NOT NULL "
                + "AND city IS NOT NULL AND street IS NOT NULL")).isEqualTo(SampleShop.CUSTOMERS);
        assertRepositoryShape(setup.repository());

        Checklist push = PushGuard.forRepository(Repositories.open(setup.repository()), SqlScanners.analyzer(), store, clock)
                .evaluate(PushPlans.forUpstream(Repositories.open(setup.repository()), null));
        assertThat(push.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(push.failed()).extracting(CheckResult::id).contains("protected-target", "backup");

        Database shop = practice.database();
        BackupManifest backup = engine.backup(shop, BackupLabel.MANUAL).call(ProgressMonitor.NONE);
        engine.verify(backup.id(), shop, false).call(ProgressMonitor.NONE);
        assertThat(tracker.record().isDone(DrillStep.BACKUP)).isTrue();
        assertThat(tracker.record().backupId()).isEqualTo(backup.id());

        DeployApplied deployed = practice.badDeploy().call(journal);

        assertThat(Practice.customers(shop)).isZero();
        assertThat(count(shop, "SELECT count(*) FROM pg_tables WHERE tablename = 'orders'")).isZero();
        assertThat(journal.incident(deployed.incident()).title()).isEqualTo(BadDeploy.INCIDENT_TITLE);
        assertThat(tracker.record().incident()).isEqualTo(deployed.incident());
        assertThat(tracker.record().recoveryTime()).isEmpty();

        engine.restore(backup.id(), shop, RestoreMode.REPLACE).call(ProgressMonitor.NONE);

        assertThat(Practice.customers(shop)).isEqualTo(SampleShop.CUSTOMERS);
        DrillRecord record = new DrillStore(home.root().resolve("practice/drill.json"), clock).load();
        assertThat(record.isDone(DrillStep.RESTORE)).isTrue();
        assertThat(record.recoveryTime()).hasValueSatisfying(time -> assertThat(time).isPositive());
        assertThat(journal.entries(deployed.incident())).extracting(Entry::text).anySatisfy(text ->
                        assertThat(text).startsWith("Impact started: Deploy of feature/checkout-redesign").contains("1,247 customers gone"))
                .anySatisfy(text -> assertThat(text).startsWith("Mitigated: ").contains("restored into shop"));

        practice.stop();
        assertThat(practice.status().port()).as("stopped").isEmpty();
        assertThat(practice.start(ProgressMonitor.NONE).profile().port()).as("the port is remembered")
                .isEqualTo(setup.profile().port());
        assertThat(practice.status().customers()).as("data kept across restarts").contains((long) SampleShop.CUSTOMERS);

        String otherShop = ShopDatabase.create();
        Database other = TestPostgres.database(tmp, "shop", otherShop);
        new ProfileStore(home).save(other.profile());
        BackupManifest otherBackup = engine.backup(other, BackupLabel.MANUAL).call(ProgressMonitor.NONE);
        practice.badDeploy().call(journal);

        Practice.Setup again = practice.reset(ProgressMonitor.NONE);

        assertThat(again.customers()).isEqualTo(SampleShop.CUSTOMERS);
        assertThat(store.list(Practice.PROFILE)).as("practice backups are sample data: gone with the reset").isEmpty();
        assertThat(store.find(otherBackup.id())).as("another profile's backup").isPresent();
        assertThat(new ProfileStore(home).find("shop")).contains(other.profile());
        assertThat(ShopDatabase.customers(otherShop)).isEqualTo(ShopDatabase.CUSTOMERS);
        assertThat(practice.drill().load().done()).isEmpty();
        assertRepositoryShape(again.repository());
    }

    @Test
    void aProfileNamedPracticeThatIsTheUsersOwnIsNeverResetOrOverwritten() {
        FirebreakHome home = new FirebreakHome(tmp.resolve("home"));
        ConnectionProfile mine = ConnectionProfile.fromUrl(Practice.PROFILE, "postgresql://me@db.internal:5432/billing");
        new ProfileStore(home).save(mine);
        practice = new Practice(home, LocalBackupStore.in(home), events, clock);

        assertThatThrownBy(() -> practice.reset(ProgressMonitor.NONE)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("is not Firebreak's practice database");
        assertThat(new ProfileStore(home).require(Practice.PROFILE)).isEqualTo(mine);
        assertThat(home.root().resolve("practice/data")).doesNotExist();
    }

    private static void assertRepositoryShape(Path repository) throws Exception {
        try (Git git = Git.open(repository.toFile())) {
            Repository repo = git.getRepository();
            assertThat(repo.getBranch()).isEqualTo(PracticeRepository.FEATURE_BRANCH);
            BranchConfig upstream = new BranchConfig(repo.getConfig(), PracticeRepository.FEATURE_BRANCH);
            assertThat(upstream.getRemote()).isEqualTo("origin");
            assertThat(upstream.getMerge()).isEqualTo("refs/heads/main");
            assertThat(Files.readString(repository.resolve(PracticeRepository.MIGRATION)))
                    .contains("DROP TABLE IF EXISTS customers;", "DROP TABLE IF EXISTS orders;", "CREATE TABLE customers (");
            assertThat(Files.readString(repository.resolve(".firebreak.yml"))).contains("protected: [main]", "profile: practice");
            assertThat(repository.resolve("ci/deploy.sh")).exists();
            assertThat(git.lsRemote().setRemote("origin").call()).extracting(ref -> ref.getName()).contains("refs/heads/main");
            assertThat(repo.exactRef("refs/remotes/origin/main").getObjectId())
                    .isEqualTo(Git.open(repository.getParent().resolve("origin.git").toFile()).getRepository().resolve("main"));
        }
    }

    private static long count(Database database, String sql) throws Exception {
        try (var connection = database.connect(); var statement = connection.createStatement();
             var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
