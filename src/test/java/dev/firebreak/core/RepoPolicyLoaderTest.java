package dev.firebreak.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepoPolicyLoaderTest {
    @TempDir
    Path repo;

    @Test
    void noFileMeansTheDefaultProtectedBranches() {
        RepoPolicy policy = RepoPolicyLoader.load(repo);

        assertThat(policy.protectedBranches()).containsExactly("main", "master", "release/*", "production", "prod");
        assertThat(policy.maxCommits()).isEqualTo(20);
        assertThat(policy.backup()).isNull();
    }

    @Test
    void readsEveryKey() throws Exception {
        write("""
                protected: [main, "deploy/*"]
                migrations: ["db/migrate/**"]
                rules:
                  drop-table: warning
                  rename-column: off
                backup: {profile: shop, maxAgeHours: 24}
                maxCommits: 5
                """);

        RepoPolicy policy = RepoPolicyLoader.load(repo);

        assertThat(policy.protectedBranches()).containsExactly("main", "deploy/*");
        assertThat(policy.migrations()).containsExactly("db/migrate/**");
        assertThat(policy.rules()).containsEntry("drop-table", "warning").containsEntry("rename-column", "off");
        assertThat(policy.backup()).isEqualTo(new RepoPolicy.BackupRequirement("shop", 24));
        assertThat(policy.maxCommits()).isEqualTo(5);
    }

    @Test
    void anUnknownKeyNamesTheFileLineAndKey() throws Exception {
        write("protected: [main]\nprotectd: [prod]\n");

        assertThatThrownBy(() -> RepoPolicyLoader.load(repo))
                .isInstanceOf(RepoPolicyLoader.PolicyException.class)
                .hasMessageContaining(".firebreak.yml:2")
                .hasMessageContaining("unknown key 'protectd'");
    }

    @Test
    void aBadValueIsNamed() throws Exception {
        write("maxCommits: lots\n");

        assertThatThrownBy(() -> RepoPolicyLoader.load(repo))
                .hasMessageContaining(".firebreak.yml:1").hasMessageContaining("lots");
    }

    @Test
    void anUnknownSeverityIsNamed() throws Exception {
        write("rules: {drop-table: fatal}\n");

        assertThatThrownBy(() -> RepoPolicyLoader.load(repo)).hasMessageContaining("rules.drop-table")
                .hasMessageContaining("fatal");
    }

    private void write(String yaml) throws Exception {
        Files.writeString(repo.resolve(".firebreak.yml"), yaml);
    }
}
