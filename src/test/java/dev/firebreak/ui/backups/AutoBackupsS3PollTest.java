package dev.firebreak.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.backup.BackupEngine;
import dev.firebreak.backup.catalog.BackupCatalog;
import dev.firebreak.backup.connection.Credentials;
import dev.firebreak.backup.connection.ProfileStore;
import dev.firebreak.backup.pgtool.PgTools;
import dev.firebreak.backup.s3.S3Config;
import dev.firebreak.backup.store.LocalBackupStore;
import dev.firebreak.core.EventBus;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.schedule.Cadence;
import dev.firebreak.schedule.Schedule;
import dev.firebreak.schedule.ScheduleStore;
import dev.firebreak.testing.StoredBackups;
import dev.firebreak.testing.TestS3;
import dev.firebreak.ui.FxDialogService;
import dev.firebreak.ui.StatusBar;
import dev.firebreak.ui.task.FxTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The console's once-a-minute schedule check with S3 configured: it decides from this disk and the schedule, so a
 * bucket with thousands of objects is not listed (and billed) every minute.
 */
@ExtendWith(ApplicationExtension.class)
class AutoBackupsS3PollTest {
    @TempDir
    Path tmp;

    private final FxTaskExecutor executor = new FxTaskExecutor();
    private String bucket;
    private AutoBackups autoBackups;
    private BackupEngine engine;

    @Start
    void start(Stage stage) throws Exception {
        TestS3.useTestCredentials();
        bucket = TestS3.newBucket();
        FirebreakHome home = new FirebreakHome(tmp.resolve("home"));
        LocalBackupStore local = LocalBackupStore.in(home);
        StoredBackups.commit(local, "shop", "20261208-0000-fresh", Instant.now(), List.of()); // not due: just made
        new ScheduleStore(home).save(Schedule.of("shop", Cadence.daily(), false, true, null));
        S3Config s3 = new S3Config(bucket, "console", null, TestS3.endpoint().toString(), TestS3.PROFILE, null, null, false);
        engine = new BackupEngine(new BackupCatalog(local, s3), PgTools.onThisMachine(System.getenv()),
                new EventBus(), home.root().resolve("private"), Clock.systemUTC());
        autoBackups = new AutoBackups(new ScheduleStore(home), engine, new ProfileStore(home),
                Credentials.fromEnvironment(Map.of()), executor, new FxDialogService(stage, new StatusBar(executor)),
                Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        autoBackups.close();
        executor.close();
    }

    @Test
    void aPollCycleSendsNoListRequestToS3() {
        int before = TestS3.listRequests(bucket);

        autoBackups.checkNow();
        autoBackups.checkNow();

        assertThat(TestS3.listRequests(bucket) - before).as("LIST requests over two poll cycles").isZero();
        engine.listing("shop"); // the explicit refresh of the Backups tab does list S3: the count is real
        assertThat(TestS3.listRequests(bucket) - before).isEqualTo(1);
    }
}
