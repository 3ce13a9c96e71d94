package dev.firebreak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firebreak.backup.store.LocalBackupStore;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.testing.DamagedManifests;
import dev.firebreak.testing.StoredBackups;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backups list} and {@code prune} in-process over a store with one good and one cut-short manifest. */
class DamagedManifestCliTest {
    private static final String REASON = "its manifest cannot be read: unexpected end of JSON at line 3 — the archive"
            + " cannot be verified or restored; delete it or restore the manifest from S3 if uploaded";

    @TempDir
    Path tmp;

    FirebreakHome home;
    LocalBackupStore store;

    record Run(int exitCode, String out, String err) {
    }

    @BeforeEach
    void storeWithADamagedBackup() throws Exception {
        home = new FirebreakHome(tmp.resolve("home"));
        store = LocalBackupStore.in(home);
        Instant old = Instant.now().minus(400, ChronoUnit.DAYS);
        StoredBackups.commit(store, "shop", "20251201-1000-good", Instant.now().minus(1, ChronoUnit.DAYS), List.of());
        StoredBackups.commit(store, "shop", "20251101-1000-cut", old, List.of());
        DamagedManifests.truncate(store, "shop", "20251101-1000-cut");
    }

    @Test
    void theJsonListMarksTheDamagedBackupWithItsReasonAndArchive() throws Exception {
        Run run = firebreak("backups", "list", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode listed = new ObjectMapper().readTree(run.out());
        assertThat(listed).hasSize(2);
        assertThat(listed.get(0).get("id").asText()).isEqualTo("20251201-1000-good");
        assertThat(listed.get(0).has("damaged")).isFalse();
        JsonNode damaged = listed.get(1);
        assertThat(damaged.get("id").asText()).isEqualTo("20251101-1000-cut");
        assertThat(damaged.get("damaged").asBoolean()).isTrue();
        assertThat(damaged.get("reason").asText()).isEqualTo(REASON);
        assertThat(damaged.get("archiveFile").asText()).isEqualTo(store.root().resolve("shop/20251101-1000-cut.dump").toString());
        assertThat(damaged.get("sizeBytes").asLong()).isEqualTo(5);
    }

    @Test
    void theTextListShowsTheDamagedBackup() {
        Run run = firebreak("backups", "list");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("20251201-1000-good")
                .containsPattern("20251101-1000-cut +shop +DAMAGED +archive 20251101-1000-cut.dump \\(5 B\\): " + REASON);
    }

    @Test
    void pruneKeepsTheDamagedBackupAndSaysItNeedsAPerson() {
        Run run = firebreak("prune");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("keep +20251101-1000-cut +shop +DAMAGED, needs a person: " + REASON);
        assertThat(Files.exists(store.root().resolve("shop/20251101-1000-cut.dump"))).isTrue();
        assertThat(Files.exists(store.root().resolve("shop/20251101-1000-cut.firebreak"))).isTrue();
    }

    private Run firebreak(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), home).execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
