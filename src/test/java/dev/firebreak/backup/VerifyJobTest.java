package dev.firebreak.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.manifest.BackupLabel;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.manifest.TableStat;
import dev.firebreak.backup.manifest.Verification;
import dev.firebreak.backup.manifest.VerificationKind;
import dev.firebreak.backup.manifest.VerificationResult;
import dev.firebreak.backup.pgtool.PgTools;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.UserFacingException;
import dev.firebreak.testing.ShopDatabase;
import dev.firebreak.testing.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drills: a backup is only as good as its last test restore, and the manifest remembers each result. */
class VerifyJobTest {
    @TempDir
    Path tmp;

    Engines engines;
    Database database;
    BackupManifest backup;
    long databasesBefore;

    @BeforeEach
    void backup() {
        engines = Engines.in(tmp);
        database = TestPostgres.database(tmp, "shop", ShopDatabase.create());
        backup = engines.engine().backup(database, BackupLabel.MANUAL).call(ProgressMonitor.NONE);
        databasesBefore = TestPostgres.count("postgres", "SELECT count(*) FROM pg_database");
    }

    @Test
    void aTestRestoreMatchesEveryTableDropsTheScratchDatabaseAndIsRecorded() {
        Verification result = engines.engine().verify(backup.id(), database, false).call(ProgressMonitor.NONE);

        assertThat(result.passed()).as(result.details()).isTrue();
        assertThat(result.details()).isEqualTo("Test restore matched all 2 tables (4,988 rows)");
        assertThat(TestPostgres.count("postgres", "SELECT count(*) FROM pg_database")).isEqualTo(databasesBefore);
        assertThat(engines.store().find(backup.id()).orElseThrow().verifications()).singleElement()
                .satisfies(recorded -> assertThat(recorded.kind()).isEqualTo(VerificationKind.RESTORE));
        assertThat(engines.events()).last().isInstanceOf(BackupEvents.VerificationRecorded.class);
    }

    @Test
    void theManifestBesideTheArchiveHasTheDocumentedFields() throws Exception {
        engines.engine().verify(backup.id(), database, true).call(ProgressMonitor.NONE);

        Path file = engines.store().manifestFile(backup);
        JsonNode json = new ObjectMapper().readTree(file.toFile());

        assertThat(json.fieldNames()).toIterable().contains("id", "profile", "database", "host", "serverVersion",
                "pgDumpVersion", "format", "compression", "startedAt", "finishedAt", "sizeBytes", "sha256", "tables",
                "label", "toolVersion", "verifications").doesNotContain("password");
        assertThat(json.get("tables").get(0).fieldNames()).toIterable().containsExactly("schema", "name", "rows", "bytes");
        assertThat(json.get("verifications").get(0).fieldNames()).toIterable().containsExactly("at", "kind", "result", "details");
        assertThat(json.get("verifications").get(0).get("result").asText()).isEqualTo("passed");
        assertThat(json.get("label").asText()).isEqualTo("manual");
        assertThat(json.get("startedAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
    }

    @Test
    void tablesWithNamesThatNeedQuotingAreCountedAndRestored() {
        TestPostgres.superuser(database.profile().database(), "CREATE SCHEMA \"Sales Dept\"",
                "CREATE TABLE \"Sales Dept\".\"Order \"\"Items\"\"\" AS SELECT generate_series(1, 42) AS id");
        BackupManifest odd = engines.engine().backup(database, BackupLabel.MANUAL).call(ProgressMonitor.NONE);

        Verification result = engines.engine().verify(odd.id(), database, false).call(ProgressMonitor.NONE);

        assertThat(odd.tables()).extracting(TableStat::displayName).contains("Sales Dept.Order \"Items\"");
        assertThat(odd.tables()).filteredOn(table -> table.schema().equals("Sales Dept")).singleElement()
                .extracting(TableStat::rows).isEqualTo(42L);
        assertThat(result.passed()).as(result.details()).isTrue();
    }

    @Test
    void withoutPgRestoreNothingIsVerifiedAndNothingIsRecorded() throws Exception {
        Engines noTools = Engines.in(tmp, new PgTools(java.util.List.of(java.nio.file.Files.createDirectories(tmp.resolve("empty")))));

        assertThatThrownBy(() -> noTools.engine().verify(backup.id(), database, true).call(ProgressMonitor.NONE))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("postgresql-client-");
        assertThat(engines.store().find(backup.id()).orElseThrow().verifications()).isEmpty();
    }

    @Test
    void quickVerificationChecksTheChecksumAndTheArchiveListing() {
        Verification result = engines.engine().verify(backup.id(), database, true).call(ProgressMonitor.NONE);

        assertThat(result.passed()).as(result.details()).isTrue();
        assertThat(result.details()).startsWith("SHA-256 matches; the archive lists");
    }

    @Test
    void aDamagedArchiveFailsVerificationAndTheFailureIsRecorded() throws Exception {
        Damage.flipByte(engines.store().archiveFile(backup));

        Verification quick = engines.engine().verify(backup.id(), database, true).call(ProgressMonitor.NONE);
        Verification full = engines.engine().verify(backup.id(), database, false).call(ProgressMonitor.NONE);

        assertThat(quick.passed()).isFalse();
        assertThat(full.passed()).isFalse();
        assertThat(full.details()).contains("is damaged");
        assertThat(engines.store().find(backup.id()).orElseThrow().verifications())
                .extracting(Verification::result).containsExactly(VerificationResult.FAILED, VerificationResult.FAILED);
    }
}
