package dev.firebreak.prepush;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.core.AuditLog;
import dev.firebreak.core.EventBus;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.UserFacingException;
import dev.firebreak.testing.GitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PushOverrideTest {
    @TempDir
    Path tmp;

    private Checklist blockedChecklist(GitRepo repo) {
        repo.pushThenRewriteMain();
        Checklist checklist = PushGuardTest.upstream(repo);
        assertThat(checklist.verdict()).isEqualTo(Verdict.BLOCK);
        return checklist;
    }

    @Test
    void anOverrideIsAppendedToTheAuditLogAndPublished() throws Exception {
        GitRepo repo = GitRepo.withRemote(tmp);
        Checklist checklist = blockedChecklist(repo);
        EventBus events = new EventBus();
        List<PushOverridden> published = new ArrayList<>();
        events.subscribe(PushOverridden.class, published::add);
        AuditLog audit = new AuditLog(new FirebreakHome(tmp.resolve("home")));
        PushOverride override = new PushOverride(audit, events, PushGuardTest.CLOCK);

        override.record(repo.dir(), checklist, "  incident 42: roll back  ");
        override.record(repo.dir(), checklist, "second time");

        assertThat(published).extracting(PushOverridden::reason).containsExactly("incident 42: roll back", "second time");
        assertThat(published.get(0).summary())
                .isEqualTo("Blocked push overridden (on main → pushing to origin/main with force): incident 42: roll back");
        List<String> lines = Files.readAllLines(audit.file());
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("{\"at\":\"2026-12-01T02:00:00Z\",\"event\":\"push-override\"")
                .contains("\"reason\":\"incident 42: roll back\"");
    }

    @Test
    void anOverrideWithoutAReasonIsRefusedAndNothingIsRecorded() {
        GitRepo repo = GitRepo.withRemote(tmp);
        Checklist checklist = blockedChecklist(repo);
        AuditLog audit = new AuditLog(new FirebreakHome(tmp.resolve("home")));

        assertThatThrownBy(() -> new PushOverride(audit, new EventBus(), PushGuardTest.CLOCK).record(repo.dir(), checklist, " "))
                .isInstanceOf(UserFacingException.class).hasMessageStartingWith("An override needs a reason");
        assertThat(audit.file()).doesNotExist();
    }
}
