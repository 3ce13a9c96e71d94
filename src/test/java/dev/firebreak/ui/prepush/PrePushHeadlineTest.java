package dev.firebreak.ui.prepush;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.prepush.CheckResult;
import dev.firebreak.prepush.CheckStatus;
import dev.firebreak.prepush.Checklist;
import dev.firebreak.ui.Headline;
import dev.firebreak.ui.Headline.Level;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Pre-push verdict word and its colour, decided from the checks alone. */
class PrePushHeadlineTest {
    @Test
    void aFailingCheckBlocksInRedWithItsReason() {
        Headline headline = PrePushHeadline.of(checklist(check("force", "Force", CheckStatus.FAIL,
                "discards 3 commits on protected origin/main: a1b2c3d Release"), check("lease", "Lease", CheckStatus.PASS, "lease holds")));
        assertThat(headline.level()).isEqualTo(Level.RED);
        assertThat(headline.text()).isEqualTo("BLOCKED");
        assertThat(headline.next()).isEqualTo("Force: discards 3 commits on protected origin/main: a1b2c3d Release");
    }

    @Test
    void aForcedPushWithAGoodLeaseIsNeverGreen() {
        Headline headline = PrePushHeadline.of(checklist(check("force", "Force", CheckStatus.WARN,
                "discards 1 commit on origin/feature: a1b2c3d F1"), check("lease", "Lease", CheckStatus.PASS, "lease holds")));
        assertThat(headline.level()).isEqualTo(Level.AMBER);
        assertThat(headline.text()).isEqualTo("WARNING");
        assertThat(headline.next()).isEqualTo("1 warning to read before pushing: Force: discards 1 commit on origin/feature: a1b2c3d F1");
    }

    @Test
    void onlyAllPassingIsAllowedInGreen() {
        Headline headline = PrePushHeadline.of(checklist(check("force", "Force", CheckStatus.PASS, "no forced update"),
                check("backup", "Backup", CheckStatus.SKIP, "no backup policy")));
        assertThat(headline.level()).isEqualTo(Level.GREEN);
        assertThat(headline.text()).isEqualTo("ALLOWED");
    }

    @Test
    void anUncheckedRepositoryIsRed() {
        assertThat(PrePushHeadline.unchecked().level()).isEqualTo(Level.RED);
        assertThat(PrePushHeadline.of(null).level()).isEqualTo(Level.NONE);
    }

    private static Checklist checklist(CheckResult... checks) {
        return new Checklist(null, null, Optional.empty(), List.of(checks), Instant.now());
    }

    private static CheckResult check(String id, String title, CheckStatus status, String summary) {
        return new CheckResult(id, title, status, summary, List.of());
    }
}
