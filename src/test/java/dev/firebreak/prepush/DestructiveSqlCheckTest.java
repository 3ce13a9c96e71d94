package dev.firebreak.prepush;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.testing.GitRepo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seam to the SQL analyzer. The scanner here is not an analyzer: it reports one fixed error finding for each
 * file it receives, so these tests show what reaches the analyzer and how its findings decide the verdict.
 */
class DestructiveSqlCheckTest {
    @TempDir
    Path tmp;

    final List<ChangedFile> received = new ArrayList<>();
    final SqlScanner oneErrorPerFile = (files, policy) -> {
        received.addAll(files);
        return new ScanResult(files.stream().map(f -> new SqlFinding(f.path(), 1, "drop-table", true, "drops a table")).toList(),
                files.stream().map(ChangedFile::path).toList());
    };

    private Checklist upstream(GitRepo repo) {
        return PushGuardTest.upstream(repo, Optional.of(oneErrorPerFile));
    }

    @Test
    void onlyAddedOrModifiedTextOfTheOutgoingRangeReachesTheAnalyzer() throws Exception {
        GitRepo repo = GitRepo.withRemote(tmp);
        repo.commit("db/old.sql", "select 1;\n", "Old, already pushed");
        repo.git("push", "-q", "origin", "main");
        repo.git("checkout", "-q", "-b", "feature");
        repo.commit("db/new.sql", "DROP TABLE IF EXISTS customers;\n", "New migration");
        repo.git("rm", "-q", "db/old.sql");
        Files.write(repo.dir().resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        Files.write(repo.dir().resolve("latin1.sql"), "-- caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        repo.git("add", "-A");
        repo.git("commit", "-q", "-m", "More");

        Checklist checklist = upstream(repo);

        assertThat(received).containsExactly(new ChangedFile("db/new.sql", "DROP TABLE IF EXISTS customers;\n"));
        CheckResult sql = checklist.check("destructive-sql").orElseThrow();
        assertThat(sql.status()).isEqualTo(CheckStatus.WARN);
        assertThat(sql.summary()).isEqualTo("1 destructive statement: db/new.sql:1 drop-table: drops a table");
        assertThat(sql.details()).contains("latin1.sql is not valid UTF-8 text: not analyzed");
        assertThat(checklist.verdict()).isEqualTo(Verdict.ALLOW);
    }

    @Test
    void anErrorGoingToAProtectedBranchBlocks() {
        GitRepo repo = GitRepo.withRemote(tmp);
        repo.commit("db/migrate/1.sql", "DROP TABLE IF EXISTS customers;\n", "Migration");

        Checklist checklist = upstream(repo);

        assertThat(checklist.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(checklist.check("destructive-sql").orElseThrow().summary())
                .startsWith("1 destructive statement going to a protected branch");
    }

    @Test
    void aRequiredBackupCannotBeVerifiedYetAndSaysSo() {
        GitRepo repo = GitRepo.withRemote(tmp);
        repo.commit(".firebreak.yml", "backup: {profile: shop, maxAgeHours: 24}\n", "Policy");
        repo.git("push", "-q", "origin", "main");
        repo.git("checkout", "-q", "-b", "feature");
        repo.commit("db/migrate/1.sql", "select 1;\n", "Migration");
        CheckResult onFeature = upstream(repo).check("backup").orElseThrow();
        repo.git("checkout", "-q", "main");
        repo.git("merge", "-q", "feature");

        CheckResult onMain = upstream(repo).check("backup").orElseThrow();

        assertThat(onFeature.status()).isEqualTo(CheckStatus.PASS);
        assertThat(onMain.status()).isEqualTo(CheckStatus.SKIP);
        assertThat(onMain.summary()).startsWith("backups are not available in Firebreak yet: cannot verify a backup of 'shop'");
        assertThat(onMain.details()).containsExactly("db/migrate/1.sql");
    }
}
