package dev.firebreak.practice;

/** The guided drill, in order; each step is done with the real tabs (or the CLI), never a simulation of them. */
public enum DrillStep {
    BACKUP("Back up the practice database",
            "Backups tab: choose 'practice', press Back up now, then Verify (test restore) on the new backup."),
    PUSH_BLOCKED("Try to force-push the feature branch to main",
            "Pre-push tab: the practice repository is on feature/checkout-redesign, whose upstream is origin/main. "
                    + "Firebreak blocks the push — read the reasons."),
    DEPLOY("Deploy anyway",
            "Someone pushed it anyway, with --no-verify. Press Deploy anyway: the CI runs the migration on the shop database."),
    RESTORE("Compare with live, then restore",
            "Backups tab: select your backup, press Compare with live (customers 1,247 → 0), then Restore → Replace."),
    POSTMORTEM("Write the postmortem",
            "Timeline tab: the incident opened at the deploy and filled itself. Add a line, then Export the postmortem.");

    private final String title;
    private final String instruction;

    DrillStep(String title, String instruction) {
        this.title = title;
        this.instruction = instruction;
    }

    public String title() {
        return title;
    }

    public String instruction() {
        return instruction;
    }

    public int number() {
        return ordinal() + 1;
    }
}
