package dev.firebreak.practice;

/** The guided drill, in order; each step is done with the real tabs (or the CLI), never a simulation of them. */
public enum DrillStep {
    BACKUP("Back up the practice database",
            "Backups tab: choose 'practice', press Back up now, then Verify (test restore) on the new backup.",
            "Your backup is verified: a test restore of it passed. The Backups tab shows it green."),
    PUSH_BLOCKED("Try to force-push the feature branch to main",
            "Pre-push tab: the practice repository is on feature/checkout-redesign, whose upstream is origin/main. "
                    + "Firebreak blocks the push — read the reasons.",
            "Firebreak blocked the push. The Pre-push tab lists why: a forced update of protected main that drops tables."),
    DEPLOY("Deploy anyway",
            "Someone pushed it anyway, with --no-verify. Press Deploy anyway: the CI runs the migration on the shop database.",
            "The deploy dropped the customers and orders tables. The Backups tab's headline names the rows missing."),
    RESTORE("Compare with live, then restore",
            "Backups tab: select your backup, press Compare with live (customers 1,247 → 0), then Restore → Replace.",
            "All 1,247 customers are back. Undo restore stays available should the restore have been the wrong one."),
    POSTMORTEM("Write the postmortem",
            "Timeline tab: the incident opened at the deploy and filled itself. Add a line, then Export the postmortem.",
            "The postmortem is exported.");

    private final String title;
    private final String instruction;
    private final String result;

    DrillStep(String title, String instruction, String result) {
        this.title = title;
        this.instruction = instruction;
        this.result = result;
    }

    public String title() {
        return title;
    }

    public String instruction() {
        return instruction;
    }

    /** What the step's real result on screen shows, for the user to look at before moving on. */
    public String result() {
        return result;
    }

    public int number() {
        return ordinal() + 1;
    }
}
