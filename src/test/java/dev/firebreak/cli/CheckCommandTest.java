package dev.firebreak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firebreak.testing.GitRepo;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code firebreak check} and {@code firebreak hook install} in-process, as CI and a developer run them. */
class CheckCommandTest {
    @TempDir
    Path tmp;

    record Run(int exitCode, String out, String err) {
    }

    static Run firebreak(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void jsonShowsVerdictUpdatesAndChecksAndExitsZeroWithoutFailures() throws Exception {
        GitRepo repo = GitRepo.withRemote(tmp);
        String base = repo.head();
        String head = repo.commit("app.txt", "v2\n", "Change");

        Run run = firebreak("check", "--repo", repo.dir().toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("verdict").asText()).isEqualTo("ALLOW");
        JsonNode update = json.get("updates").get(0);
        assertThat(update.get("localRef").asText()).isEqualTo("refs/heads/main");
        assertThat(update.get("localSha").asText()).isEqualTo(head);
        assertThat(update.get("remoteSha").asText()).isEqualTo(base);
        assertThat(update.get("kind").asText()).isEqualTo("FAST_FORWARD");
        assertThat(json.get("checks")).hasSize(8);
        assertThat(json.get("checks").get(1).get("id").asText()).isEqualTo("protected-target");
        assertThat(json.get("checks").get(1).get("status").asText()).isEqualTo("WARN");
        assertThat(json.get("checks").get(1).get("details").isArray()).isTrue();
    }

    @Test
    void aFailingCheckExitsOneWithTheChecklistAsText() {
        GitRepo repo = GitRepo.withRemote(tmp);
        repo.pushThenRewriteMain();

        Run run = firebreak("check", "--repo", repo.dir().toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("firebreak: on main → pushing to origin/main with force")
                .contains("  FAIL  Protected target ").endsWith("Verdict: BLOCK\n");
    }

    @Test
    void inputErrorsExitTwoWithAMessageAndNoStackTrace() throws Exception {
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        Run notARepo = firebreak("check", "--repo", plain.toString());
        GitRepo repo = GitRepo.withRemote(tmp.resolve("r"));
        Files.writeString(repo.dir().resolve(".firebreak.yml"), "maxCommit: 3\n");
        Run badPolicy = firebreak("check", "--repo", repo.dir().toString());
        Run badFormat = firebreak("check", "--format", "xml");

        assertThat(notARepo.exitCode()).isEqualTo(2);
        assertThat(notARepo.err()).startsWith("firebreak: " + plain + " is not inside a git repository").doesNotContain("\tat ");
        assertThat(badPolicy.exitCode()).isEqualTo(2);
        assertThat(badPolicy.err()).contains(".firebreak.yml:1: unknown key 'maxCommit'");
        assertThat(badFormat.exitCode()).isEqualTo(2);
    }

    @Test
    void hookInstallUsesTheLauncherOnPathWhenNotStartedByIt() throws Exception {
        GitRepo repo = GitRepo.withRemote(tmp);

        Run install = firebreak("hook", "install", "--repo", repo.dir().toString());
        Run uninstall = firebreak("hook", "uninstall", "--repo", repo.dir().toString());

        assertThat(install.exitCode()).isZero();
        assertThat(install.out()).startsWith("Installed the Firebreak pre-push hook");
        assertThat(uninstall.out()).startsWith("Removed the Firebreak pre-push hook");
        assertThat(repo.dir().resolve(".git/hooks/pre-push")).doesNotExist();
    }
}
